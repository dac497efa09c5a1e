import { describe, expect, it } from 'vitest';
import { authorSurname, resourceFactRows } from '../../src/lib/catalogue/resource-facts';
import { resourceCardMeta, resourceRowLine, resourceRowMeta } from '../../src/lib/catalogue/resource-card';
import { resourceSchema } from '../../src/schemas/resource';
import { caseStudyInput, guideInput, webinarInput } from '../helpers/resource-input';

const rows = (input: Record<string, unknown>) =>
  Object.fromEntries(resourceFactRows(resourceSchema.parse(input)).map((row) => [row.label, row.value]));

describe('resourceFactRows', () => {
  it('shows only the facts that are known', () => {
    expect(rows(guideInput())).toEqual({ Type: 'Guide', Publisher: 'Not confirmed' });
  });

  it('labels an inferred publisher as such', () => {
    expect(rows(guideInput({ publisher: 'ChangeLab Solutions', publisherInferred: true })).Publisher).toBe(
      'ChangeLab Solutions (our inference, not confirmed)',
    );
  });

  it('names the people credited as authors, as a source states them', () => {
    expect(rows(guideInput({ authors: ['Lo, K.', 'Lockwood, C.'] })).Authors).toBe('Lo, K. and Lockwood, C.');
    expect(rows(guideInput({ authors: ['Cohen, L.'] })).Author).toBe('Cohen, L.');
    expect(rows(guideInput())).not.toHaveProperty('Authors');
  });

  it('gives the search index author surnames, publishers and places, never vocabulary labels or initials', () => {
    const search = Object.fromEntries(
      resourceFactRows(
        resourceSchema.parse(caseStudyInput({ authors: ['Zhu, X.', 'McLeod Grant, H.'], publisher: 'BMJ Open', year: 2019 })),
      ).map((row) => [row.label, row.searchText]),
    );
    expect(search.Authors).toBe('Zhu McLeod Grant');
    expect(search.Publisher).toBeUndefined(); // indexed as shown
    expect(search.Type).toBeNull();
    expect(search.Year).toBeNull();
    expect(
      Object.values(search)
        .filter((text): text is string => typeof text === 'string')
        .join(' '),
    ).not.toMatch(/\b[A-Z]\./);
    expect(authorSurname('World Health Organization')).toBe('World Health Organization');
  });

  it('gives media their time and certificate', () => {
    const facts = rows(webinarInput({ durationMinutes: 90, certificate: true, year: 2021, format: 'video-recording' }));
    expect(facts['Time needed']).toBe('About 1 hour 30 minutes');
    expect(facts.Certificate).toBe('Yes, on completion');
    expect(facts.Year).toBe('2021');
    expect(facts.Format).toBe('Video recording');
  });

  it('gives case studies their place, partners and financing', () => {
    const facts = rows(caseStudyInput({ partners: ['Alpha', 'Beta', 'Gamma'], audience: ['funders', 'leaders'] }));
    expect(facts.Place).toBe('Kern County, California, United States');
    expect(facts.Partners).toBe('Alpha, Beta and Gamma');
    expect(facts.Financing).toBe('Social impact bond');
    expect(facts['Mainly for']).toBe('Funders and Leaders');
  });
});

describe('resourceCardMeta', () => {
  it('joins confirmed publisher, year, duration and place names', () => {
    expect(resourceCardMeta(resourceSchema.parse(webinarInput({ publisher: 'PHRASES', year: 2020, durationMinutes: 30 })))).toBe(
      'PHRASES · 2020 · 30 minutes',
    );
  });
  it('leaves out an inferred publisher', () => {
    expect(resourceCardMeta(resourceSchema.parse(guideInput({ publisher: 'Maybe Inc', publisherInferred: true })))).toBe('');
  });
});

describe('resourceRowMeta', () => {
  it('puts the type first and the link status last, with only the stated facts between', () => {
    const linked = resourceSchema.parse(
      webinarInput({ publisher: 'PHRASES', year: 2020, durationMinutes: 30, url: 'https://example.org/w' }),
    );
    expect(resourceRowMeta(linked)).toEqual({ type: 'Webinar', facts: ['PHRASES', '2020', '30 minutes'], link: 'link' });
    expect(resourceRowLine(linked)).toBe('Webinar · PHRASES · 2020 · 30 minutes · link');
    expect(resourceRowLine(resourceSchema.parse(guideInput()))).toBe('Guide · no link yet');
  });
});
