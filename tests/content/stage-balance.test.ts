/**
 * Stages must narrow the catalogue: each entry has one main stage and at most two others, no stage is
 * the main stage of more than a third of the catalogue, and none holds more than half of it.
 * (CONTRIBUTING: "Choose stages".)
 */
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/real-content';

const entries = content.resources;

describe('stage tagging narrows the catalogue', () => {
  it('gives each entry one main stage and at most two others', () => {
    expect(entries.filter((entry) => entry.data.stages.length > 3).map((entry) => entry.file)).toEqual([]);
  });
  // The shares (main stage of at most a third, on at most half) are a curation target reported as a
  // warning by the build and `npm run check` (src/lib/editing/stage-balance.ts, tests/unit/stage-balance.test.ts):
  // a correct new entry may tip a stage over, and that must not turn the suite red.
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
