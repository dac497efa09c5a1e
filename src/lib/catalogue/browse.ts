/**
 * Faceted browsing as pure functions: filter, count and sort catalogue items.
 *
 * Semantics (stated on the /resources/ page too): within one facet, an item matches if it has ANY
 * of the chosen values (OR); across facets, it must match EVERY facet that has a choice (AND).
 * Counts are disjunctive: a value's count is the number of items matching all the OTHER facets'
 * choices plus this value, which is what ticking it would add to that facet's filter.
 *
 * This module runs both at build time and in the browser (the /resources/ enhancement), so it
 * imports only the facet registry's keys: the vocabularies arrive as data.
 */
import { FACET_KEYS, type FacetKey } from './facet-registry';

/** The facets of the catalogue, in the order the page shows them (from the one registry). */
export { FACET_KEYS, type FacetKey };

/** Sort orders: by title (A to Z), by year (newest first) and by date added (newest first). */
export const SORT_KEYS = ['title', 'year', 'added'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'title';

/** Some values for each facet: an item's own values, or the values a person has chosen. */
export type FacetValues = Readonly<Record<FacetKey, readonly string[]>>;

/** One catalogue entry as faceted browsing sees it. */
export interface BrowseItem {
  /** The entry's values for each facet, each listed once (an entry can have several stages or places). */
  facets: FacetValues;
  /** Position in title order (0 first): sorts by title and breaks every other tie. */
  titleRank: number;
  /** Year of publication, where stated. */
  year: number | undefined;
  /** Date added, written YYYY-MM-DD, so text order is date order. */
  added: string;
}

/** A record with one entry per facet, each made by `make`. */
export function perFacet<T>(make: (key: FacetKey) => T): Record<FacetKey, T> {
  return Object.fromEntries(FACET_KEYS.map((key) => [key, make(key)])) as Record<FacetKey, T>;
}

/** A selection with nothing chosen in any facet. */
export function noSelection(): Record<FacetKey, string[]> {
  return perFacet(() => []);
}

/** The facets that have at least one chosen value, each with its values as a set. */
function activeFacets(selection: FacetValues): Array<[FacetKey, ReadonlySet<string>]> {
  return FACET_KEYS.filter((key) => selection[key].length > 0).map((key) => [key, new Set(selection[key])]);
}

function hasAny(values: readonly string[], chosen: ReadonlySet<string>): boolean {
  return values.some((value) => chosen.has(value));
}

/** The items matching the selection (OR within a facet, AND across facets), in their given order. */
export function filterItems<T extends BrowseItem>(items: readonly T[], selection: FacetValues): T[] {
  const active = activeFacets(selection);
  return items.filter((item) => active.every(([key, chosen]) => hasAny(item.facets[key], chosen)));
}

/** What one update of the browse page needs: the matches, every value's count and the "not stated" counts. */
export interface Selected<T extends BrowseItem> {
  /** The items matching the selection, in their given order (as filterItems). */
  matches: T[];
  /** For every facet, how many items each value would give (as facetCounts). */
  counts: Record<FacetKey, Map<string, number>>;
  /** For every facet, how many items matching the other facets' choices state no value for it (as notStatedCounts). */
  notStated: Record<FacetKey, number>;
}

/**
 * Matches and counts in one pass over the items: an item failing no facet matches and counts towards
 * every facet; an item failing exactly one facet counts only towards that facet; any other item counts
 * nowhere. A value's count is then the number of items matching all the OTHER facets' choices that have
 * it, and an item with no value for the facet it counts towards is "not stated" there. Values no item
 * has are absent from the maps (read them as 0).
 */
export function selectItems<T extends BrowseItem>(items: readonly T[], selection: FacetValues): Selected<T> {
  const matches: T[] = [];
  const counts = perFacet(() => new Map<string, number>());
  const notStated = perFacet(() => 0);
  const active = activeFacets(selection);
  const add = (key: FacetKey, values: readonly string[]) => {
    if (values.length === 0) {
      notStated[key] += 1;
      return;
    }
    const map = counts[key];
    for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const item of items) {
    let failed: FacetKey | undefined;
    let failures = 0;
    for (const [key, chosen] of active) {
      if (!hasAny(item.facets[key], chosen)) {
        failed = key;
        failures += 1;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      matches.push(item);
      for (const key of FACET_KEYS) add(key, item.facets[key]);
    } else if (failures === 1 && failed) add(failed, item.facets[failed]);
  }
  return { matches, counts, notStated };
}

/** For every facet, how many items each value would give: items that match all the other facets' choices and have this value. */
export function facetCounts(items: readonly BrowseItem[], selection: FacetValues): Record<FacetKey, Map<string, number>> {
  return selectItems(items, selection).counts;
}

/**
 * For every facet, how many items that match all the OTHER facets' choices have no value at all for
 * it (no format, no place): the "not stated" note under facets that few entries fill.
 */
export function notStatedCounts(items: readonly BrowseItem[], selection: FacetValues): Record<FacetKey, number> {
  return selectItems(items, selection).notStated;
}

const catalogueCounts = new WeakMap<readonly BrowseItem[], Readonly<Record<FacetKey, number>>>();

/**
 * notStatedCounts with nothing chosen, once per list of items: every page of /resources/ shows the same
 * counts over the whole catalogue (at 10,000 entries, counting again for each of its 200 pages cost about a second).
 */
export function catalogueNotStatedCounts(items: readonly BrowseItem[]): Readonly<Record<FacetKey, number>> {
  let counts = catalogueCounts.get(items);
  if (!counts) {
    counts = Object.freeze(notStatedCounts(items, noSelection()));
    catalogueCounts.set(items, counts);
  }
  return counts;
}

/** The note under a facet that some entries leave empty ("Not stated for 12 resources"); empty when all state it. */
export function notStatedNote(count: number): string {
  if (count === 0) return '';
  return `Not stated for ${count} ${count === 1 ? 'resource' : 'resources'}.`;
}

/** The label of the phone filter dialog's button that closes it onto the results. */
export function showResultsLabel(matched: number): string {
  return `Show ${matched} ${matched === 1 ? 'result' : 'results'}`;
}

/** Compares by year, newest first; items without a year go last. */
function byYear(a: BrowseItem, b: BrowseItem): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity);
}

/** Compares by date added, newest first. */
function byAdded(a: BrowseItem, b: BrowseItem): number {
  return a.added === b.added ? 0 : a.added < b.added ? 1 : -1;
}

/** A sorted copy: by title, by year (newest first) or by date added (newest first); ties in title order. */
export function sortItems<T extends BrowseItem>(items: readonly T[], sort: SortKey): T[] {
  const primary = sort === 'year' ? byYear : sort === 'added' ? byAdded : () => 0;
  return [...items].sort((a, b) => primary(a, b) || a.titleRank - b.titleRank);
}

/** How many values are chosen across all facets. */
export function chosenCount(selection: FacetValues): number {
  return FACET_KEYS.reduce((sum, key) => sum + selection[key].length, 0);
}

/** How many results the enhanced page lists at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 100;

/**
 * The sentence for the result count, announced by the status region: `matched` resources match
 * out of `total`, of which the first `listed` are on the page (all of them unless the list is long).
 */
export function resultStatus(matched: number, total: number, listed: number = matched): string {
  if (total === 0) return 'There are no resources in the catalogue yet.';
  if (matched === 0) return 'No resources match these filters.';
  if (listed < matched) {
    const count = matched === total ? `${total} resources` : `${matched} of ${total} resources match`;
    return `${count}. Showing the first ${listed}.`;
  }
  if (matched === total) return `Showing all ${total} ${total === 1 ? 'resource' : 'resources'}.`;
  return `Showing ${matched} of ${total} resources.`;
}
