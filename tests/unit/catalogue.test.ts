import { describe, expect, it } from 'vitest';
import {
  countByStage,
  countByType,
  entriesForStage,
  entriesOfType,
  groupByType,
  inStageOrder,
  sampleGroups,
  neighbouringStages,
  sortByTitle,
  type CatalogueEntry,
} from '../../src/lib/catalogue/catalogue';
import { resourceSchema } from '../../src/schemas/resource';
import { RESOURCE_TYPES, STAGE_IDS } from '../../src/lib/model/vocabularies';
import { guideInput, webinarInput } from '../helpers/resource-input';

function entry(id: string, input: Record<string, unknown>): CatalogueEntry {
  return { id, data: resourceSchema.parse(input) };
}

const entries = [
  entry('zeta', guideInput({ title: 'zeta guide', stages: ['get-ready'] })),
  entry('alpha', webinarInput({ title: 'Álpha webinar', stages: ['get-ready', 'align-value'] })),
  entry('beta', guideInput({ title: 'Beta guide', stages: ['align-value'] })),
  entry('step10', guideInput({ title: 'Step 10 guide', stages: ['sustain-and-scale'] })),
  entry('step9', guideInput({ title: 'Step 9 guide', stages: ['sustain-and-scale'] })),
];

describe('sortByTitle', () => {
  it('ignores case and accents and orders numbers naturally', () => {
    expect(sortByTitle(entries).map((e) => e.id)).toEqual(['alpha', 'beta', 'step9', 'step10', 'zeta']);
  });
  it('does not change its input', () => {
    const copy = [...entries];
    sortByTitle(entries);
    expect(entries).toEqual(copy);
  });
  it('breaks title ties by id so the order is stable', () => {
    const twins = [entry('b', guideInput({ title: 'Same' })), entry('a', guideInput({ title: 'same' }))];
    expect(sortByTitle(twins).map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('filters and counts', () => {
  it('selects by type and by stage', () => {
    expect(entriesOfType(entries, 'webinar').map((e) => e.id)).toEqual(['alpha']);
    expect(entriesForStage(entries, 'align-value').map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(entriesForStage(entries, 'measure-and-learn')).toEqual([]);
  });

  it('counts every type, zero included, in vocabulary order', () => {
    const counts = countByType(entries);
    expect([...counts.keys()]).toEqual([...RESOURCE_TYPES]);
    expect(counts.get('guide')).toBe(4);
    expect(counts.get('webinar')).toBe(1);
    expect(counts.get('podcast')).toBe(0);
  });

  it('counts an entry once for each of its stages', () => {
    const counts = countByStage(entries);
    expect([...counts.keys()]).toEqual([...STAGE_IDS]);
    expect(counts.get('get-ready')).toBe(2);
    expect(counts.get('align-value')).toBe(2);
    expect(counts.get('organise-and-govern')).toBe(0);
  });

  it('groups by type in vocabulary order and leaves out empty types', () => {
    expect(groupByType(entries).map((group) => [group.type, group.entries.length])).toEqual([
      ['guide', 4],
      ['webinar', 1],
    ]);
  });
});

describe('neighbouringStages', () => {
  it('has no previous stage at the start and no next at the end', () => {
    expect(neighbouringStages('get-ready')).toEqual({ next: 'frame-the-problem' });
    expect(neighbouringStages('sustain-and-scale')).toEqual({ previous: 'measure-and-learn' });
    expect(neighbouringStages('align-value')).toEqual({ previous: 'build-the-alliance', next: 'organise-and-govern' });
  });
});

describe('inStageOrder', () => {
  it('sorts stage ids by their number in the model', () => {
    expect(inStageOrder(['sustain-and-scale', 'get-ready', 'align-value'])).toEqual(['get-ready', 'align-value', 'sustain-and-scale']);
  });
});

describe('sampleGroups', () => {
  it('keeps at most the limit of each group and reports the full count', () => {
    const groups = [
      { type: 'guide' as const, entries: ['a', 'b', 'c'] },
      { type: 'webinar' as const, entries: ['d'] },
    ];
    expect(sampleGroups(groups, 2)).toEqual([
      { type: 'guide', entries: ['a', 'b'], total: 3 },
      { type: 'webinar', entries: ['d'], total: 1 },
    ]);
  });
});
