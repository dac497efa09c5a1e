import { describe, expect, it } from 'vitest';
import {
  SEARCH_FACETS,
  activeFilterCount,
  countsById,
  emptySearchState,
  hasCriteria,
  pagefindFilters,
  parseSearchState,
  serialiseSearchState,
} from '../../src/lib/search/search-state';
import { facetIndexValues } from '../../src/lib/search/search-facets';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/search-query';
import { PAGE_KINDS, RESOURCE_TYPES, SECTORS, STAGE_IDS, TOPICS } from '../../src/lib/model/vocabularies';

const values = facetIndexValues();

describe('parseSearchState', () => {
  it('reads the query and every facet', () => {
    const state = parseSearchState('?q=housing&kind=resource&type=webinar&stage=build-the-alliance&sector=housing&topic=health-equity');
    expect(state).toEqual({
      query: 'housing',
      filters: { kind: ['resource'], type: ['webinar'], stage: ['build-the-alliance'], sector: ['housing'], topic: ['health-equity'] },
    });
  });

  it('accepts a string without "?" and URLSearchParams alike', () => {
    expect(parseSearchState('q=a')).toEqual(parseSearchState(new URLSearchParams('?q=a')));
  });

  it('ignores unknown parameters and unknown or hostile values', () => {
    const state = parseSearchState('?type=<script>alert(1)</script>&type=guide&stage=nope&sector=HOUSING&topic=&page=2&foo=bar');
    expect(state.filters).toEqual({ kind: [], type: ['guide'], stage: [], sector: [], topic: [] });
  });

  it('removes duplicates and puts values in vocabulary order', () => {
    const state = parseSearchState('?stage=sustain-and-scale&stage=get-ready&stage=sustain-and-scale');
    expect(state.filters.stage).toEqual(['get-ready', 'sustain-and-scale']);
  });

  it('normalises and caps the query from the URL', () => {
    expect(parseSearchState(`?q=${encodeURIComponent('  a\u0000b  ')}`).query).toBe('a b');
    const long = parseSearchState(`?q=${'x'.repeat(100_000)}`).query;
    expect(long).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('uses the first q when there are several', () => {
    expect(parseSearchState('?q=first&q=second').query).toBe('first');
  });

  it('gives an empty state for an empty or malformed query string', () => {
    expect(parseSearchState('')).toEqual(emptySearchState());
    expect(parseSearchState('?%E0%A4%A&q')).toEqual(emptySearchState());
  });
});

describe('serialiseSearchState', () => {
  it('writes q first, then facets in page order, repeating a key for several values', () => {
    const state = emptySearchState();
    state.query = 'health equity';
    state.filters.topic = ['health-equity'];
    state.filters.type = ['webinar', 'guide'];
    expect(serialiseSearchState(state)).toBe('q=health+equity&type=guide&type=webinar&topic=health-equity');
  });

  it('round-trips through parseSearchState', () => {
    const query = 'q=S%C3%A3o+Paulo&kind=stage&stage=get-ready&stage=align-value&sector=finance';
    expect(serialiseSearchState(parseSearchState(query))).toBe(query);
  });

  it('drops ids that are not in the vocabularies and writes nothing for an empty state', () => {
    const state = emptySearchState();
    state.filters.type = ['nope'];
    expect(serialiseSearchState(state)).toBe('');
  });

  it('encodes markup and right-to-left text in the query', () => {
    const state = emptySearchState();
    state.query = '<b>صحة</b> & co';
    const written = serialiseSearchState(state);
    expect(written).not.toMatch(/[<>]/);
    expect(parseSearchState(written).query).toBe('<b>صحة</b> & co');
  });
});

describe('criteria', () => {
  it('counts chosen filters and knows when there is nothing to search for', () => {
    const state = emptySearchState();
    expect(hasCriteria(state)).toBe(false);
    expect(activeFilterCount(state)).toBe(0);
    state.filters.stage = ['get-ready', 'align-value'];
    expect(activeFilterCount(state)).toBe(2);
    expect(hasCriteria(state)).toBe(true);
    expect(hasCriteria({ ...emptySearchState(), query: 'x' })).toBe(true);
  });
});

describe('pagefindFilters', () => {
  const state = parseSearchState('?type=webinar&type=training&stage=build-the-alliance&kind=resource');

  it('asks for any of the values within a facet, using the values pages put in the index', () => {
    expect(pagefindFilters(state, values)).toEqual({
      kind: { any: ['Resource'] },
      type: { any: ['Training', 'Webinar'] },
      stage: { any: ['Build the alliance'] },
    });
  });

  it('can leave one facet out', () => {
    expect(pagefindFilters(state, values, 'type')).toEqual({ kind: { any: ['Resource'] }, stage: { any: ['Build the alliance'] } });
  });

  it('is empty when nothing is chosen', () => {
    expect(pagefindFilters(emptySearchState(), values)).toEqual({});
  });
});

describe('countsById', () => {
  it('maps Pagefind counts (by indexed label) back to ids, with 0 for values Pagefind did not list', () => {
    const counts = countsById({ type: { Webinar: 3, Guide: 1, Unknown: 9 } }, 'type', values);
    expect(counts.webinar).toBe(3);
    expect(counts.guide).toBe(1);
    expect(counts.podcast).toBe(0);
    expect(Object.keys(counts)).toEqual([...RESOURCE_TYPES]);
  });
  it('gives zeros when Pagefind returned no counts', () => {
    expect(Object.values(countsById(undefined, 'stage', values))).toEqual(STAGE_IDS.map(() => 0));
  });
});

describe('SEARCH_FACETS', () => {
  it('covers the vocabularies the issue asks for, plus the page kind', () => {
    expect(SEARCH_FACETS.map((facet) => [facet.key, facet.ids])).toEqual([
      ['kind', PAGE_KINDS],
      ['type', RESOURCE_TYPES],
      ['stage', STAGE_IDS],
      ['sector', SECTORS],
      ['topic', TOPICS],
    ]);
  });
});
