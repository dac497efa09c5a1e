import { describe, expect, it } from 'vitest';
import { resourceSchema } from '../../src/schemas/resource';
import { RESOURCE_TYPES } from '../../src/lib/model/vocabularies';
import { caseStudyInput, guideInput, webinarInput } from '../helpers/resource-input';

/** The dotted paths of the fields a parse rejects. */
function rejectedFields(input: unknown): string[] {
  const result = resourceSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.map(String).join('.'));
}

describe('resource schema: valid entries', () => {
  it('accepts a plain guide and fills defaults', () => {
    const data = resourceSchema.parse(guideInput());
    expect(data.type).toBe('guide');
    expect(data.audience).toEqual([]);
    expect(data.publisherInferred).toBe(false);
    expect(data.added).toBeInstanceOf(Date);
  });

  it('accepts duration and certificate on media types', () => {
    const data = resourceSchema.parse(webinarInput());
    expect(data.type === 'webinar' && data.durationMinutes).toBe(45);
  });

  it('accepts places, partners and financing on place types', () => {
    const data = resourceSchema.parse(caseStudyInput());
    expect(data.type === 'case-study' && data.places[0]?.name).toBe('Kern County');
  });

  it('accepts every type of the vocabulary', () => {
    for (const type of RESOURCE_TYPES) {
      expect(resourceSchema.safeParse(guideInput({ type })).success, type).toBe(true);
    }
  });

  it('accepts an https URL', () => {
    expect(rejectedFields(guideInput({ url: 'https://www.nap.edu/read/24624/chapter/1' }))).toEqual([]);
  });
});

describe('resource schema: invalid entries name the field', () => {
  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['a data: URL', { url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
    ['a relative URL', { url: '/resources/x/' }, 'url'],
    ['an unknown stage', { stages: ['stage-9'] }, 'stages.0'],
    ['no stage at all', { stages: [] }, 'stages'],
    ['a repeated stage', { stages: ['get-ready', 'get-ready'] }, 'stages'],
    ['an unknown sector', { sectors: ['aerospace'] }, 'sectors.0'],
    ['an unknown topic', { topics: ['astrology'] }, 'topics.0'],
    ['an unknown format', { format: 'hologram' }, 'format'],
    ['an unknown provenance', { provenance: 'rumour' }, 'provenance'],
    ['HTML in the summary', { summary: 'A guide to partnering <script>alert(1)</script> with many more words here.' }, 'summary'],
    ['a summary that is too short', { summary: 'Short.' }, 'summary'],
    ['a title that is empty', { title: '' }, 'title'],
    ['a year that is not a whole number', { year: 2019.5 }, 'year'],
    ['a year written as text', { year: 'recent' }, 'year'],
    ['a date that is not a date', { added: 'soon' }, 'added'],
    ['an unknown seed file', { source: { seed: 'other.txt', title: 'x', type: 'y' } }, 'source.seed'],
    ['a source record without title', { source: { seed: '001_15e02f496da4d3dc.txt', type: 'Guides' } }, 'source.title'],
    ['a misspelt field name', { stage: ['get-ready'] }, ''],
  ])('rejects %s', (_label, override, field) => {
    const fields = rejectedFields(guideInput(override));
    expect(fields.length).toBeGreaterThan(0);
    if (field) expect(fields).toContain(field);
  });

  it('rejects a type outside the vocabulary', () => {
    expect(rejectedFields(guideInput({ type: 'blog-post' }))).toContain('type');
  });

  it('rejects a duration on a type that has none (guides)', () => {
    expect(resourceSchema.safeParse(guideInput({ durationMinutes: 30 })).success).toBe(false);
  });

  it('rejects places on a media type', () => {
    expect(resourceSchema.safeParse(webinarInput({ places: [{ name: 'Dakar', country: 'Senegal' }] })).success).toBe(false);
  });

  it('rejects a negative or fractional duration', () => {
    expect(rejectedFields(webinarInput({ durationMinutes: -5 }))).toContain('durationMinutes');
    expect(rejectedFields(webinarInput({ durationMinutes: 12.5 }))).toContain('durationMinutes');
  });

  it('rejects a place without a country', () => {
    expect(rejectedFields(caseStudyInput({ places: [{ name: 'Somewhere' }] }))).toContain('places.0.country');
  });
});

describe('resource schema: where an entry came from', () => {
  it('accepts a spreadsheet row and an editor as sources, and tells them apart by kind', () => {
    const imported = resourceSchema.parse(guideInput({ source: { import: 'partners.csv', line: 12 } }));
    expect(imported.source).toEqual({ kind: 'import', import: 'partners.csv', line: 12, notes: [] });
    expect(resourceSchema.parse(guideInput({ source: { editor: true } })).source).toEqual({ kind: 'editor', editor: true, notes: [] });
    expect(resourceSchema.parse(guideInput()).source.kind).toBe('seed');
  });

  it.each([
    ['a spreadsheet path with folders', { import: '../secret/list.csv', line: 3 }, 'source.import'],
    ['the header line as a row', { import: 'list.csv', line: 1 }, 'source.line'],
    ['an import without its line', { import: 'list.csv' }, 'source.line'],
    ['editor: false', { editor: false }, 'source.editor'],
    ['a seed record with an import line mixed in', { seed: '001_15e02f496da4d3dc.txt', title: 'x', type: 'y', line: 3 }, 'source'],
    ['an empty source', {}, 'source.seed'],
  ])('rejects %s, naming the field', (_label, source, field) => {
    expect(rejectedFields(guideInput({ source }))).toContain(field);
  });
});
