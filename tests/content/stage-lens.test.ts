/** The stage lens against the real stage guidance and the seed documents it quotes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LENS_MODELS } from '../../src/lib/pathways/stage-lens';
import { comparableWords, sharedRun, wordRuns } from '../helpers/own-words';
import { content } from '../helpers/real-content';
import { projectRoot } from '../helpers/content-root';

const seedText = (file: string) => readFileSync(join(projectRoot, 'seeds', file), 'utf8');
const stepIds = new Map(content.stages.map((stage) => [stage.id, new Set(stage.data.steps.map((step) => step.id))]));

const fits = LENS_MODELS.flatMap((model) =>
  model.items.flatMap((item) => item.fits.filter((fit) => fit.step).map((fit) => [`${model.id} ${item.number} → ${fit.stage}#${fit.step}`, fit] as const)),
);

describe('every step the lens points at exists on that stage page', () => {
  it.each(fits)('%s', (_label, fit) => {
    expect(stepIds.get(fit.stage)?.has(fit.step!)).toBe(true);
  });
});

describe('published titles are quoted exactly from their seed', () => {
  const published = LENS_MODELS.filter((model) => model.id === 'article-14-steps').flatMap((model) => [
    ...model.items.map((item) => [model.seed, item.label!] as const),
    ...(model.groups ?? []).map((group) => [model.seed, group.title] as const),
  ]);
  it.each(published)('%s: "%s"', (seed, title) => {
    expect(seedText(seed)).toContain(title);
  });

  it('EuroHealthNet’s stage 3 title and the older name of stage 4 appear in seed 000', () => {
    const ehn = LENS_MODELS.find((model) => model.id === 'ehn-stages')!;
    expect(seedText(ehn.seed)).toContain(ehn.items[2]!.label);
    expect(seedText(ehn.seed)).toContain(ehn.items[3]!.alsoCalled);
  });
});

describe('paraphrased labels are in our own words (no run of 6 words from their seed)', () => {
  const paraphrased = LENS_MODELS.filter((model) => model.labels === 'paraphrased').flatMap((model) =>
    model.items.map((item) => [model.seed, item.label!] as const),
  );
  it.each(paraphrased)('%s: "%s"', (seed, label) => {
    expect(sharedRun(label, wordRuns(comparableWords(seedText(seed)), 6), 6)).toBeUndefined();
  });
});
