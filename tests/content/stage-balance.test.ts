/**
 * Stages must narrow the catalogue: each entry has one main stage and at most two others, no stage is
 * the main stage of more than a third of the catalogue, and none holds more than half of it.
 * (CONTRIBUTING: "Choose stages".)
 */
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/real-content';
import { STAGE_IDS } from '../../src/lib/vocabularies';

const entries = content.resources;

describe('stage tagging narrows the catalogue', () => {
  it('gives each entry one main stage and at most two others', () => {
    expect(entries.filter((entry) => entry.data.stages.length > 3).map((entry) => entry.file)).toEqual([]);
  });

  it.each(STAGE_IDS.map((id) => [id] as const))('%s is the main stage of at most a third of the catalogue and holds at most half', (id) => {
    const main = entries.filter((entry) => entry.data.stages[0] === id).length;
    const tagged = entries.filter((entry) => entry.data.stages.includes(id)).length;
    expect(main, `main stage of ${main} of ${entries.length}`).toBeLessThanOrEqual(entries.length / 3);
    expect(tagged, `tagged on ${tagged} of ${entries.length}`).toBeLessThanOrEqual(entries.length / 2);
  });
});

describe('"Start with these" picks', () => {
  it.each(content.stages.map((stage) => [stage.id, stage.data.startWith.length] as const))('%s names three', (_id, count) => {
    expect(count).toBe(3);
  });

  it.each(content.stages.map((stage) => [stage.id, stage.data.startWith] as const))('%s picks resources tagged with the stage', (id, picks) => {
    for (const pick of picks) {
      const entry = entries.find((candidate) => candidate.id === pick.resource);
      expect(entry, pick.resource).toBeDefined();
      expect(entry!.data.stages).toContain(id);
    }
  });
});
