/**
 * The browse state in the query string: parse, validate, serialise.
 *
 * The query string is the state (`?type=webinar&type=training&stage=build-the-alliance&sort=year`),
 * written exactly as the page's GET form would submit it, so a link a trainer pastes, the form and
 * the script always agree. Parsing keeps only values found in the vocabularies it is given and drops
 * everything else (unknown keys, unknown values, over-long or excessive input) without echoing it.
 */
import { DEFAULT_SORT, FACET_KEYS, SORT_KEYS, noSelection, perFacet, type FacetKey, type FacetValues, type SortKey } from './browse';

/** The allowed values of each facet, in display order. */
export type FacetVocabulary = FacetValues;

export interface BrowseState {
  /** Chosen values per facet, each in vocabulary order and listed once. */
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
}

/** Only this many key=value pairs are read; a real query has a few dozen at most. */
export const MAX_QUERY_PAIRS = 500;
/** Longer values cannot be vocabulary ids and are skipped without comparing. */
export const MAX_VALUE_LENGTH = 80;
/** A longer raw parameter (even a comma-separated list of every topic) is not ours and is skipped whole. */
const MAX_RAW_LENGTH = 2000;

export function defaultState(): BrowseState {
  return { filters: noSelection(), sort: DEFAULT_SORT };
}

const isFacetKey = (key: string): key is FacetKey => (FACET_KEYS as readonly string[]).includes(key);
const isSortKey = (key: string): key is SortKey => (SORT_KEYS as readonly string[]).includes(key);

/**
 * Reads the state from a query string ("?a=b&…", "a=b&…" or URLSearchParams). Repeated keys and
 * comma-separated values both work (`type=webinar&type=guide`, `type=webinar,guide`).
 */
export function parseBrowseState(query: string | URLSearchParams, vocabulary: FacetVocabulary): BrowseState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const chosen = perFacet(() => new Set<string>());
  let sort: SortKey = DEFAULT_SORT;
  let pairs = 0;
  for (const [key, raw] of params) {
    if (++pairs > MAX_QUERY_PAIRS) break;
    if (raw.length > MAX_RAW_LENGTH) continue;
    if (key === 'sort') {
      const value = raw.trim();
      if (isSortKey(value)) sort = value;
    } else if (isFacetKey(key)) {
      for (const part of raw.split(',')) {
        const value = part.trim();
        if (value.length > 0 && value.length <= MAX_VALUE_LENGTH) chosen[key].add(value);
      }
    }
  }
  return { filters: perFacet((key) => vocabulary[key].filter((value) => chosen[key].has(value))), sort };
}

/**
 * Writes the state as a query string without the "?", in a canonical order (facets in FACET_KEYS
 * order, values as given, the default sort left out). The empty state is "".
 */
export function serialiseBrowseState(state: BrowseState): string {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== DEFAULT_SORT) params.append('sort', state.sort);
  return params.toString();
}

/** The same state with one value added to or removed from a facet (kept in vocabulary order). */
export function toggleValue(state: BrowseState, key: FacetKey, value: string, on: boolean, vocabulary: FacetVocabulary): BrowseState {
  const current = new Set(state.filters[key]);
  if (on) current.add(value);
  else current.delete(value);
  return { ...state, filters: { ...state.filters, [key]: vocabulary[key].filter((known) => current.has(known)) } };
}
