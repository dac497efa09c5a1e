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
  /** Starts loading the index (metadata and wasm) without searching. */
  init?(): Promise<void>;
  /** Loads the index chunks a term needs, ahead of the search. */
  preload?(term: string): Promise<void>;
  /** Loads the whole filter index and returns counts over all pages. */
  filters(): Promise<PagefindCounts>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
}

/** facet → id → how many results that option would give, given the other facets' choices. */
export type FacetCounts = Record<FacetKey, Record<string, number>>;

export interface SearchOutcome {
  hits: PagefindHit[];
  /** Only when asked for (the filter index must have been loaded with api.filters()). */
  counts?: FacetCounts;
}

async function searchOrFail(api: PagefindApi, term: string | null, filters: Record<string, unknown>): Promise<PagefindResponse> {
  const response = await api.search(term, { filters });
  if (!response || !Array.isArray(response.results)) throw new Error('Pagefind returned no result set');
  return response;
}

/**
 * Searches for a state; undefined when the state asks for nothing (no query, no filter).
 * With `withCounts`, also counts every facet option (Pagefind gives counts only once its whole
 * filter index is loaded, which costs bytes, so the page asks only when the filters are open).
 */
export async function runSearch(
  api: PagefindApi,
  state: SearchState,
  values: FacetIndexValues,
  withCounts: boolean,
): Promise<SearchOutcome | undefined> {
  if (!hasCriteria(state)) return undefined;
  const term = state.query === '' ? null : state.query;
  const main = await searchOrFail(api, term, pagefindFilters(state, values));
  if (!withCounts) return { hits: main.results };
  const entries = await Promise.all(
    FACET_KEYS.map(async (key): Promise<[FacetKey, Record<string, number>]> => {
      if (state.filters[key].length === 0) return [key, countsById(main.filters, key, values)];
      // This facet has choices: count its options as if none of them were ticked.
      const others = pagefindFilters(state, values, key);
      if (term === null && Object.keys(others).length === 0) return [key, countsById(await api.filters(), key, values)];
      return [key, countsById((await searchOrFail(api, term, others)).filters, key, values)];
    }),
  );
  return { hits: main.results, counts: Object.fromEntries(entries) as FacetCounts };
}

/** Counts over the whole index, for when nothing is searched yet; loads the filter index. */
export async function totalCounts(api: PagefindApi, values: FacetIndexValues): Promise<FacetCounts> {
  const totals = await api.filters();
  return Object.fromEntries(FACET_KEYS.map((key) => [key, countsById(totals, key, values)])) as FacetCounts;
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
 * Two Pagefind instances, each in its own web worker. Once an instance has loaded the whole filter
 * index, Pagefind counts every filter value on every search, which at 10,000 pages takes far longer
 * than the search itself. So results come from an instance that never loads it, and facet counts
 * from a second one, made only when the filters are opened. The second instance is pagefind.js
 * imported under another address ("?counts"): the browser keeps it as a separate module, with its
 * own worker, so counting never holds up the next results.
 */
export interface SearchEngine {
  results: PagefindApi;
  /** The instance for facet counts, with the whole filter index loaded; made on first call. */
  counter(): Promise<PagefindApi>;
}

/**
 * Loads Pagefind from the site's bundle (…/pagefind/pagefind.js), sets its options and starts
 * loading the index. Rejects if the library is missing or blocked; a missing index makes the first
 * search reject instead. Either way the page says search is unavailable.
 * `importModule` is the browser's import() in the page, a stand-in in tests.
 */
export async function loadPagefind(bundlePath: string, importModule: (url: string) => Promise<unknown>): Promise<SearchEngine> {
  const instance = async (url: string): Promise<PagefindApi> => {
    const api = await importModule(url);
    if (!isPagefindApi(api)) throw new Error('The search bundle is not Pagefind');
    await api.options(PAGEFIND_OPTIONS);
    await api.init?.();
    return api;
  };
  const results = await instance(`${bundlePath}pagefind.js`);
  let counter: Promise<PagefindApi> | undefined;
  return {
    results,
    counter: () =>
      (counter ??= instance(`${bundlePath}pagefind.js?counts`).then(async (api) => {
        await api.filters();
        return api;
      })),
  };
}
