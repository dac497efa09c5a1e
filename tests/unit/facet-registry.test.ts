/** The one facet registry, and what derives from it (its effect on a build: tests/editing/new-facet.test.ts). */
import { describe, expect, it } from 'vitest';
import { FACET_KEYS as BROWSE_KEYS } from '../../src/lib/catalogue/browse';
import { FACET_KEYS, FACET_REGISTRY } from '../../src/lib/catalogue/facet-registry';
import { FACET_DEFINITIONS, facetIndexHref, facetNamesInWords, fieldValues, searchFilterTags } from '../../src/lib/catalogue/facets';
import { IMPORT_COLUMNS } from '../../src/lib/editing/csv-import';
import { VOCABULARY_IDS, VOCABULARY_TERMS } from '../../src/lib/model/vocabularies';
import { searchFacetViews } from '../../src/lib/search/search-facets';
import { SEARCH_FACETS } from '../../src/lib/search/search-state';
import { guideInput } from '../helpers/resource-input';
import { resourceSchema } from '../../src/schemas/resource';

describe('the facet registry', () => {
  it('has each key and each page folder once', () => {
    expect(new Set(FACET_KEYS).size).toBe(FACET_KEYS.length);
    const segments = FACET_REGISTRY.flatMap((facet) => ('segment' in facet ? [facet.segment] : []));
    expect(new Set(segments).size).toBe(segments.length);
  });

  it('is the order of browsing and of the facet definitions', () => {
    expect(BROWSE_KEYS).toEqual(FACET_KEYS);
    expect(Object.keys(FACET_DEFINITIONS)).toEqual(FACET_KEYS);
    const names = FACET_REGISTRY.map((facet) => facet.label.toLowerCase());
    expect(facetNamesInWords()).toBe(`${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
  });

  it('gives every facet with a folder its index page there', () => {
    for (const facet of FACET_REGISTRY) if ('segment' in facet) expect(facetIndexHref(facet.key)).toBe(`/${facet.segment}/`);
  });

  it('names a vocabulary field that the resource schema has, and a spreadsheet column of the same name', () => {
    const columns = IMPORT_COLUMNS.map((column) => column.name as string);
    const fields = Object.keys(resourceSchema.options[0].shape);
    for (const { source } of FACET_REGISTRY) {
      if (source.kind !== 'vocabulary') continue;
      expect(columns, source.field).toContain(source.field);
      expect(fields, source.field).toContain(source.field);
      expect(Object.keys(VOCABULARY_TERMS[source.vocabulary]).sort()).toEqual([...VOCABULARY_IDS[source.vocabulary]].sort());
    }
  });

  it('makes the search filters: "kind" first, then each facet marked for search, with its vocabulary', () => {
    const marked = FACET_REGISTRY.filter((facet) => 'search' in facet);
    expect(SEARCH_FACETS.map((facet) => facet.key)).toEqual(['kind', ...marked.map((facet) => facet.key)]);
    const views = searchFacetViews();
    for (const facet of marked) {
      const view = views.find((candidate) => candidate.key === facet.key)!;
      expect(view.legend).toBe(facet.search.legend);
      if (facet.source.kind === 'vocabulary')
        expect(view.options.map((option) => option.id)).toEqual([...VOCABULARY_IDS[facet.source.vocabulary]]);
    }
  });

  it('tags a resource page with the label of each of its values, for each search facet', () => {
    const data = resourceSchema.parse(guideInput());
    const tags = searchFilterTags(data);
    for (const facet of FACET_REGISTRY) {
      if (!('search' in facet) || facet.source.kind !== 'vocabulary') continue;
      const terms = VOCABULARY_TERMS[facet.source.vocabulary] as Record<string, { label: string }>;
      const expected = fieldValues(data, facet.source.field).map((id) => terms[id]!.label);
      expect(
        tags.filter((tag) => tag.key === facet.key).map((tag) => tag.value),
        facet.key,
      ).toEqual(expected);
      expect(expected.length, facet.key).toBeGreaterThan(0);
    }
  });
});

describe('whole-catalogue facet computations', () => {
  it('run once per list of entries (every page of the paged catalogue asks for them), and again for a new list', async () => {
    const { facetedEntries, facetValueTerms, facetSummaries } = await import('../../src/lib/catalogue/facets');
    const entries = [{ id: 'a-guide', data: resourceSchema.parse(guideInput()) }];
    const items = facetedEntries(entries);
    expect(facetedEntries(entries)).toBe(items);
    const terms = facetValueTerms(entries);
    expect(facetValueTerms(entries)).toBe(terms);
    expect(facetSummaries(items, terms)).toBe(facetSummaries(items, terms));
    const other = [...entries];
    expect(facetedEntries(other)).not.toBe(items);
    expect(facetedEntries(other)).toEqual(items);
  });
});
