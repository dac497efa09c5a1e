import { describe, expect, it } from 'vitest';
import { STAGE_PAGE_SECTIONS, stagePageSections, stagePicks } from '../../src/lib/pathways/stage-page';
import { resourceSchema } from '../../src/schemas/resource';
import { caseStudyInput, guideInput } from '../helpers/resource-input';

const resources = [
  { id: 'guide', data: resourceSchema.parse(guideInput({ url: 'https://example.org/g' })) },
  { id: 'case', data: resourceSchema.parse(caseStudyInput({ title: 'A County Case' })) },
];

describe('stagePicks', () => {
  it('resolves the picks in the stage file’s order, with type, reason and whether they link out', () => {
    const picks = stagePicks(
      { startWith: [{ resource: 'case', why: 'Start with a real place.' }, { resource: 'guide', why: 'Then the method.' }, { resource: 'gone', why: 'Missing.' }] },
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
