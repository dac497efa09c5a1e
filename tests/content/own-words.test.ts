import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparableWords, sharedRun, wordRuns } from '../helpers/own-words';
import { content } from '../helpers/real-content';
import { projectRoot } from '../helpers/content-root';

/** A run this long shared with a seed means copied prose. */
const RUN = 12;

const seedDir = join(projectRoot, 'seeds');
const seedRuns = new Set<string>();
for (const file of readdirSync(seedDir).filter((name) => name.endsWith('.txt'))) {
  for (const run of wordRuns(comparableWords(readFileSync(join(seedDir, file), 'utf8')), RUN)) seedRuns.add(run);
}

/** Every piece of prose we wrote, labelled by file and field. Titles and source records are facts and exempt. */
const texts: Array<[string, string]> = [
  ...content.resources.flatMap((entry): Array<[string, string]> => [
    [`${entry.file} summary`, entry.data.summary],
    [`${entry.file} body`, entry.body],
  ]),
  ...content.stages.flatMap((stage): Array<[string, string]> => [
    [`${stage.file} purpose`, stage.data.purpose],
    [`${stage.file} body`, stage.body],
    ...stage.data.learn.map((text, i): [string, string] => [`${stage.file} learn.${i}`, text]),
    ...stage.data.concepts.map((c, i): [string, string] => [`${stage.file} concepts.${i}`, `${c.term} ${c.explanation}`]),
    ...stage.data.steps.map((s, i): [string, string] => [`${stage.file} steps.${i}`, [s.title, s.why, s.how, s.example].join(' ')]),
    ...stage.data.questions.map((text, i): [string, string] => [`${stage.file} questions.${i}`, text]),
    ...stage.data.messages.map((text, i): [string, string] => [`${stage.file} messages.${i}`, text]),
  ]),
  ...content.pathways.flatMap((pathway): Array<[string, string]> => [
    [`${pathway.file} summary`, pathway.data.summary],
    [`${pathway.file} body`, pathway.body],
    ...pathway.data.steps.map((s, i): [string, string] => [
      `${pathway.file} steps.${i}`,
      [s.summary, ...s.actions, ...s.checklist].join(' '),
    ]),
  ]),
];

describe(`own words: no prose shares ${RUN} consecutive words with a seed document`, () => {
  it('checks a meaningful amount of prose: a summary and body per resource, six kinds of prose per stage', () => {
    expect(content.resources.length).toBeGreaterThan(0);
    expect(texts.length).toBeGreaterThan(content.resources.length * 2 + content.stages.length * 6);
  });

  it.each(texts)('%s', (_label, text) => {
    expect(sharedRun(text, seedRuns, RUN)).toBeUndefined();
  });

  it('would catch a copied sentence (the check itself works on the real seeds)', () => {
    const copied = readFileSync(join(seedDir, '000_5ba3dc72bf50a3a6.txt'), 'utf8').split('\n').find((line) => line.length > 200)!;
    expect(sharedRun(`Our summary: ${copied}`, seedRuns, RUN)).toBeDefined();
  });
});
