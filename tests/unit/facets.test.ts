import { describe, expect, it } from 'vitest';
import { FACET_KEYS, filterItems, noSelection } from '../../src/lib/catalogue/browse';
import { parseBrowseState, serialiseBrowseState } from '../../src/lib/catalogue/browse-url';
import {
  FACET_DEFINITIONS,
  NOT_STATED,
  TIME_BUCKETS,
  entryFacetValues,
  facetIndexHref,
  facetSummaries,
  facetValueHref,
  facetValueTerms,
  facetVocabulary,
  facetedEntries,
  knownRegions,
  placeRegion,
  placeTerms,
  placeVocabulary,
  slugify,
  timeBucket,
  yearValue,
  yearVocabulary,
} from '../../src/lib/catalogue/facets';
import { sortByTitle, type CatalogueEntry } from '../../src/lib/catalogue/catalogue';
import { resourceSchema } from '../../src/schemas/resource';
import { FORMATS, PROVENANCES, RESOURCE_TYPES, SECTORS, STAGE_IDS, TOPICS } from '../../src/lib/model/vocabularies';
import { caseStudyInput, guideInput, webinarInput } from '../helpers/resource-input';
import { content } from '../helpers/real-content';

const entry = (id: string, input: Record<string, unknown>): CatalogueEntry => ({ id, data: resourceSchema.parse(input) });

describe('time needed', () => {
  it('puts durations into buckets at the stated boundaries', () => {
    expect(timeBucket(undefined)).toBe('not-stated');
    expect(timeBucket(1)).toBe('under-30-minutes');
    expect(timeBucket(29)).toBe('under-30-minutes');
    expect(timeBucket(30)).toBe('30-to-60-minutes');
    expect(timeBucket(60)).toBe('30-to-60-minutes');
    expect(timeBucket(61)).toBe('over-an-hour');
    expect(timeBucket(600)).toBe('over-an-hour');
  });

  it('gives entries without a duration (including every reading resource) "not stated"', () => {
    const regions = new Set<string>();
    expect(entryFacetValues(entry('g', guideInput()).data, regions).time).toEqual([NOT_STATED]);
    expect(entryFacetValues(entry('w', webinarInput({ durationMinutes: undefined })).data, regions).time).toEqual([NOT_STATED]);
    expect(entryFacetValues(entry('w', webinarInput({ durationMinutes: 45 })).data, regions).time).toEqual(['30-to-60-minutes']);
  });
});

describe('year', () => {
  it('is the year as text, or not stated', () => {
    expect(yearValue(2018)).toBe('2018');
    expect(yearValue(undefined)).toBe(NOT_STATED);
  });

  it('lists the years present, newest first, then not stated when some entry has no year', () => {
    const entries = [
      entry('a', guideInput({ year: 2016 })),
      entry('b', guideInput({ year: 2023 })),
      entry('c', guideInput({ year: 2016 })),
    ];
    expect(yearVocabulary(entries)).toEqual(['2023', '2016']);
    expect(yearVocabulary([...entries, entry('d', guideInput())])).toEqual(['2023', '2016', NOT_STATED]);
  });
});

describe('place', () => {
  it('makes ASCII slugs', () => {
    expect(slugify('São Paulo')).toBe('sao-paulo');
    expect(slugify('Washington, DC')).toBe('washington-dc');
    expect(slugify('  Noord-Brabant ')).toBe('noord-brabant');
  });

  it('counts a place under its country and, where given, its region', () => {
    const regions = new Set<string>();
    const terms = placeTerms(
      [
        { name: 'Kern County', region: 'California', country: 'United States' },
        { name: 'Fresno', region: 'California', country: 'United States' },
        { name: 'Porto', country: 'Portugal' },
      ],
      regions,
    );
    expect(terms.map((term) => term.id)).toEqual(['united-states', 'portugal', 'california-united-states']);
    expect(terms.find((term) => term.id === 'california-united-states')?.label).toBe('California, United States');
  });

  it('treats a place named like a known region (a state-wide entry) as that region, and nothing else as one', () => {
    const regions = new Set(['United States\nCalifornia']);
    expect(placeRegion({ name: 'California', country: 'United States' }, regions)).toBe('California');
    expect(placeRegion({ name: 'Washington, DC', country: 'United States' }, regions)).toBeUndefined();
    expect(placeRegion({ name: 'United States', country: 'United States' }, regions)).toBeUndefined();
    expect(placeRegion({ name: 'Dakar', country: 'Senegal' }, regions)).toBeUndefined();
  });

  it('orders the vocabulary by country, each followed by its regions', () => {
    const entries = [
      entry('a', caseStudyInput({ places: [{ name: 'Oakland', region: 'California', country: 'United States' }] })),
      entry('b', caseStudyInput({ places: [{ name: 'Greater Boston', region: 'Massachusetts', country: 'United States' }] })),
      entry('c', caseStudyInput({ places: [{ name: 'Porto', country: 'Portugal' }] })),
      entry('d', caseStudyInput({ places: [{ name: 'California', country: 'United States' }] })),
    ];
    expect(placeVocabulary(entries).map((term) => term.label)).toEqual([
      'Portugal',
      'United States',
      'California, United States',
      'Massachusetts, United States',
    ]);
    const regions = knownRegions(entries);
    expect(entryFacetValues(entries[3]!.data, regions).place).toEqual(['united-states', 'california-united-states']);
  });
});

describe('the real catalogue', () => {
  const entries = sortByTitle(content.resources);
  const items = facetedEntries(entries);
  const terms = facetValueTerms(entries);
  const vocabulary = facetVocabulary(terms);

  it('offers every value of the fixed vocabularies, in vocabulary order', () => {
    expect(vocabulary.type).toEqual([...RESOURCE_TYPES]);
    expect(vocabulary.stage).toEqual([...STAGE_IDS]);
    expect(vocabulary.sector).toEqual([...SECTORS]);
    expect(vocabulary.topic).toEqual([...TOPICS]);
    expect(vocabulary.format).toEqual([...FORMATS]);
    expect(vocabulary.provenance).toEqual([...PROVENANCES]);
    expect(vocabulary.time).toEqual([...TIME_BUCKETS]);
  });

  it('gives every entry only values that are in the vocabulary, each once', () => {
    for (const item of items) {
      for (const key of FACET_KEYS) {
        const values = item.facets[key];
        expect(new Set(values).size, `${item.entry.id} ${key}`).toBe(values.length);
        for (const value of values) expect(vocabulary[key], `${item.entry.id} ${key}=${value}`).toContain(value);
      }
    }
  });

  it('gives every entry exactly one type, time, provenance and year, and at least one stage', () => {
    for (const item of items) {
      for (const key of ['type', 'time', 'provenance', 'year'] as const) expect(item.facets[key]).toHaveLength(1);
      expect(item.facets.stage.length).toBeGreaterThan(0);
    }
  });

  it('derives places and years from what the entries state', () => {
    expect(vocabulary.place).toContain('united-states');
    expect(vocabulary.place).toContain('california-united-states');
    expect(vocabulary.place).toContain('portugal');
    const california = items.filter((item) => item.facets.place.includes('california-united-states')).map((item) => item.entry.id);
    // A state-wide Californian case study counts under California, not only under the United States.
    expect(california).toContain('decade-of-advocacy-strategic-alliance');
    expect(california).toContain('kern-county-health-equity-partnership');
    // Every Californian entry also counts under its country.
    for (const item of items.filter((i) => i.facets.place.includes('california-united-states'))) {
      expect(item.facets.place).toContain('united-states');
    }
    const stated = new Set(entries.flatMap((e) => (e.data.year === undefined ? [] : [String(e.data.year)])));
    expect(vocabulary.year.filter((year) => year !== NOT_STATED).sort()).toEqual([...stated].sort());
  });

  it('has unique place ids and labels', () => {
    const places = placeVocabulary(entries);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    expect(new Set(places.map((p) => p.label)).size).toBe(places.length);
  });

  it('counts each facet value over the whole catalogue', () => {
    const summaries = facetSummaries(items, terms);
    expect(summaries.map((facet) => facet.key)).toEqual([...FACET_KEYS]);
    for (const facet of summaries) {
      for (const value of facet.values) {
        const expected = filterItems(items, { ...noSelection(), [facet.key]: [value.value] }).length;
        expect(value.count, `${facet.key}=${value.value}`).toBe(expected);
      }
    }
    const type = summaries.find((facet) => facet.key === 'type')!;
    expect(type.values.reduce((sum, value) => sum + value.count, 0)).toBe(entries.length);
  });

  it('round-trips every single-value query through the URL', () => {
    for (const key of FACET_KEYS) {
      for (const value of vocabulary[key]) {
        const query = new URLSearchParams({ [key]: value }).toString();
        expect(serialiseBrowseState(parseBrowseState(query, vocabulary))).toBe(query);
      }
    }
  });
});

describe('links', () => {
  it('points types at their pages, stages at their resource lists and other facets at their own folders', () => {
    expect(facetValueHref('type', 'webinar')).toBe('/types/webinar/');
    expect(facetValueHref('stage', 'get-ready')).toBe('/stages/get-ready/resources/');
    expect(facetValueHref('sector', 'housing')).toBe('/sectors/housing/');
    expect(facetValueHref('time', 'under-30-minutes')).toBe('/time/under-30-minutes/');
    expect(facetValueHref('place', 'portugal')).toBe('/places/portugal/');
    expect(facetValueHref('provenance', 'ngo')).toBe('/provenance/ngo/');
    expect(facetValueHref('year', '2018')).toBe('/years/2018/');
    expect(facetIndexHref('type')).toBe('/types/');
    expect(facetIndexHref('format')).toBe('/formats/');
  });

  it('gives every facet except type and stage a distinct folder', () => {
    const segments = FACET_KEYS.map((key) => FACET_DEFINITIONS[key].segment).filter(Boolean);
    expect(segments).toHaveLength(FACET_KEYS.length - 2);
    expect(new Set(segments).size).toBe(segments.length);
  });
});
