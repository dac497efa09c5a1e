import { describe, expect, it } from 'vitest';
import { STAGE_PAGE_SECTIONS, stageGuideResources, stagePageSections, stagePicks } from '../../src/lib/pathways/stage-page';
import { resourceSchema } from '../../src/schemas/resource';
import { caseStudyInput, guideInput } from '../helpers/resource-input';

const resources = [
  { id: 'guide', data: resourceSchema.parse(guideInput({ url: 'https://example.org/g' })) },
  { id: 'case', data: resourceSchema.parse(caseStudyInput({ title: 'A County Case' })) },
];

describe('stagePicks', () => {
  it('resolves the picks in the stage file’s order, with type, reason and whether they link out', () => {
    const picks = stagePicks(
      {
        startWith: [
          { resource: 'case', why: 'Start with a real place.' },
          { resource: 'guide', why: 'Then the method.' },
          { resource: 'gone', why: 'Missing.' },
        ],
      },
      resources,
    );
    expect(picks).toEqual([
      { id: 'case', title: 'A County Case', type: 'Case study', why: 'Start with a real place.', linked: false },
      { id: 'guide', title: 'A Field Guide to Partnering', type: 'Guide', why: 'Then the method.', linked: true },
    ]);
  });
});

describe('the "On this page" list', () => {
  it('starts with the picks and names each section once', () => {
    expect(STAGE_PAGE_SECTIONS[0]?.anchor).toBe('start-heading');
    expect(new Set(STAGE_PAGE_SECTIONS.map((section) => section.anchor)).size).toBe(STAGE_PAGE_SECTIONS.length);
  });

  it('leaves out "Start with these" when a stage has no picks', () => {
    expect(stagePageSections(true)).toEqual(STAGE_PAGE_SECTIONS);
    expect(stagePageSections(false).map((section) => section.anchor)).not.toContain('start-heading');
  });
});

describe('stageGuideResources', () => {
  const entry = (id: string, input: Record<string, unknown>) => ({ id, data: resourceSchema.parse(input) });
  const stage = 'build-the-alliance' as const;
  const catalogue = [
    ...['A', 'B', 'C', 'D'].map((letter) =>
      entry(`guide-${letter}`, guideInput({ title: `Guide ${letter} for Partners`, stages: [stage] })),
    ),
    entry('guide-elsewhere', guideInput({ title: 'Guide Elsewhere Only', stages: ['sustain-and-scale'] })),
    ...['A', 'B', 'C'].map((letter) =>
      entry(`case-${letter}`, caseStudyInput({ title: `Case ${letter} in a County`, stages: ['get-ready', stage] })),
    ),
  ];

  it('counts every resource of the stage, and keeps at most the sample of each type', () => {
    const guide = stageGuideResources(catalogue, stage, 2);
    expect(guide.total).toBe(7);
    expect(guide.groups).toEqual([{ type: 'guide', entries: [catalogue[0], catalogue[1]], total: 4 }]);
  });

  it('puts case studies and county examples in their own sampled section, with their full count', () => {
    const guide = stageGuideResources(catalogue, stage, 2);
    expect(guide.examples.total).toBe(3);
    expect(guide.examples.entries.map((item) => item.id)).toEqual(['case-A', 'case-B']);
    expect(guide.groups.some((group) => group.type === 'case-study')).toBe(false);
  });

  it('lists nothing for a stage no resource names', () => {
    expect(stageGuideResources(catalogue, 'measure-and-learn')).toEqual({ total: 0, groups: [], examples: { entries: [], total: 0 } });
  });
});
