/**
 * Runs a search against Pagefind's JavaScript API and works out facet counts the way a
 * faceted search should: choices within a facet widen the results (any of them), choices in
 * different facets narrow them (all facets). So the counts shown beside a facet's options ignore
 * that facet's own choices: ticking "Webinars" does not make "Trainings" drop to zero.
 * Pagefind itself is passed in, so this logic is tested with a stand-in (tests/unit/search-engine.test.ts).
 */
import {
  FACET_KEYS,
  countsById,
  hasCriteria,
  pagefindFilters,
  type FacetIndexValues,
  type FacetKey,
  type PagefindCounts,
  type SearchState,
} from './search-state';

/** One search hit; its data (title, excerpt…) is loaded only when shown. */
export interface PagefindHit {
  id: string;
  data: () => Promise<unknown>;
}

export interface PagefindResponse {
  results: PagefindHit[];
  filters?: PagefindCounts;
}

/** The part of Pagefind's API (pagefind.js) the search page uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<PagefindCounts>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
}

export interface SearchOutcome {
  hits: PagefindHit[];
  /** facet → id → how many results that option would give, given the other facets' choices. */
  counts: Record<FacetKey, Record<string, number>>;
}

async function searchOrFail(api: PagefindApi, term: string | null, filters: Record<string, unknown>): Promise<PagefindResponse> {
  const response = await api.search(term, { filters });
  if (!response || !Array.isArray(response.results)) throw new Error('Pagefind returned no result set');
  return response;
}

/** Searches for a state; undefined when the state asks for nothing (no query, no filter). */
export async function runSearch(api: PagefindApi, state: SearchState, values: FacetIndexValues): Promise<SearchOutcome | undefined> {
  if (!hasCriteria(state)) return undefined;
  const term = state.query === '' ? null : state.query;
  const main = await searchOrFail(api, term, pagefindFilters(state, values));
  const entries = await Promise.all(
    FACET_KEYS.map(async (key): Promise<[FacetKey, Record<string, number>]> => {
      if (state.filters[key].length === 0) return [key, countsById(main.filters, key, values)];
      // This facet has choices: count its options as if none of them were ticked.
      const others = pagefindFilters(state, values, key);
      if (term === null && Object.keys(others).length === 0) return [key, countsById(await api.filters(), key, values)];
      return [key, countsById((await searchOrFail(api, term, others)).filters, key, values)];
    }),
  );
  return { hits: main.results, counts: Object.fromEntries(entries) as SearchOutcome['counts'] };
}

/** What we ask of Pagefind: excerpts of about 30 words, with an ellipsis where they are cut. */
export const PAGEFIND_OPTIONS = { excerptLength: 30, excerptEllipsis: '…' };

function isPagefindApi(module: unknown): module is PagefindApi {
  const candidate = module as Partial<Record<keyof PagefindApi, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.options === 'function' &&
    typeof candidate.filters === 'function' &&
    typeof candidate.search === 'function'
  );
}

/**
 * Loads Pagefind from the site's bundle (…/pagefind/pagefind.js) and its filter index, which also
 * proves the index is there. Rejects if anything is missing or blocked; the page then says search is
 * unavailable. `importModule` is the browser's import() in the page, a stand-in in tests.
 */
export async function loadPagefind(bundlePath: string, importModule: (url: string) => Promise<unknown>): Promise<PagefindApi> {
  const module = await importModule(`${bundlePath}pagefind.js`);
  if (!isPagefindApi(module)) throw new Error('The search bundle is not Pagefind');
  await module.options(PAGEFIND_OPTIONS);
  await module.filters();
  return module;
}
