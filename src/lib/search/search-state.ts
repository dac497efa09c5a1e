/**
 * The state of a search as it lives in the URL, so a search can be linked, bookmarked and reloaded:
 *   /search/?q=housing&type=webinar&type=training&stage=build-the-alliance
 * Facet values are permanent vocabulary ids. Anything unknown or malformed in a query string is
 * dropped, never echoed. This module only imports id lists, so it stays small in the browser.
 */
import { normaliseQuery } from './search-query';
import { FACET_REGISTRY } from '../catalogue/facet-registry';
import { PAGE_KINDS, VOCABULARY_IDS } from '../model/vocabularies';

/** A catalogue facet the search page offers (marked `search` in the facet registry). */
type SearchableFacet = Extract<(typeof FACET_REGISTRY)[number], { search: object }>;

/**
 * The search facets, in the order they appear on the page and in URLs; `key` is the URL parameter and
 * the Pagefind filter. "kind" (resource, stage or pathway page) belongs to search alone; the others
 * are the catalogue facets the registry marks for search.
 */
export const SEARCH_FACETS: ReadonlyArray<{ key: 'kind' | SearchableFacet['key']; ids: readonly string[] }> = [
  { key: 'kind', ids: PAGE_KINDS },
  ...FACET_REGISTRY.filter((facet): facet is SearchableFacet => 'search' in facet).map((facet) => ({
    key: facet.key,
    ids: VOCABULARY_IDS[facet.source.vocabulary],
  })),
];

export type FacetKey = (typeof SEARCH_FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = SEARCH_FACETS.map((facet) => facet.key);

export interface SearchState {
  /** The cleaned query text; empty when the person has not typed anything. */
  query: string;
  /** Chosen ids per facet, in vocabulary order, without duplicates. */
  filters: Record<FacetKey, string[]>;
}

/**
 * For each facet, the value Pagefind holds for each id. Pages tag themselves with human labels
 * (data-pagefind-filter="type">Guide), so the page passes this map in; see search-facets.ts.
 */
export type FacetIndexValues = Record<FacetKey, Record<string, string>>;

/** Pagefind's counts: filter key → indexed value → number of pages. */
export type PagefindCounts = Record<string, Record<string, number>>;

export function emptySearchState(): SearchState {
  return { query: '', filters: Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Record<FacetKey, string[]> };
}

/** Keeps only known ids, once each, in vocabulary order. */
function validIds(values: readonly string[], ids: readonly string[]): string[] {
  const wanted = new Set(values);
  return ids.filter((id) => wanted.has(id));
}

/** Reads a state from a query string ("?q=…" or "q=…") or URLSearchParams; unknown values are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptySearchState();
  state.query = normaliseQuery(params.get('q') ?? '');
  for (const facet of SEARCH_FACETS) state.filters[facet.key] = validIds(params.getAll(facet.key), facet.ids);
  return state;
}

/** The canonical query string for a state (no leading "?"): q first, then facets in page order. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normaliseQuery(state.query);
  if (query) params.set('q', query);
  for (const facet of SEARCH_FACETS) {
    for (const id of validIds(state.filters[facet.key] ?? [], facet.ids)) params.append(facet.key, id);
  }
  return params.toString();
}

export function activeFilterCount(state: SearchState): number {
  return FACET_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0);
}

/** True when there is something to search for: a query, a filter, or both. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || activeFilterCount(state) > 0;
}

/**
 * The Pagefind `filters` option for a state: any of the chosen values within a facet, all facets
 * together. `except` leaves one facet out (used to count that facet's options, see search-engine.ts).
 */
export function pagefindFilters(state: SearchState, values: FacetIndexValues, except?: FacetKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    if (key === except || state.filters[key].length === 0) continue;
    const indexed = state.filters[key].map((id) => values[key][id]).filter((value): value is string => Boolean(value));
    if (indexed.length > 0) filters[key] = { any: indexed };
  }
  return filters;
}

/** Turns Pagefind's counts for one facet (keyed by indexed value) back into counts by id. */
export function countsById(counts: PagefindCounts | undefined, key: FacetKey, values: FacetIndexValues): Record<string, number> {
  const byValue = counts?.[key] ?? {};
  const result: Record<string, number> = {};
  for (const [id, value] of Object.entries(values[key])) result[id] = byValue[value] ?? 0;
  return result;
}
