/**
 * Static lists in pages of at most LIST_PAGE_SIZE entries, so that no page's weight grows with the
 * catalogue: /resources/, /types/<type>/, /stages/<id>/resources/ and /<facet>/<value>/ list their
 * first page at their own address and the rest at <list>page/2/, <list>page/3/ … (src/lib/catalogue/paths.ts).
 *
 * Page addresses are derived from the list and its length. When a list shrinks, a page number that
 * was published (it is in content/url-manifest.json) but is now past the end still gets a page: a
 * short one that sends the reader to the list's last page (see `retiredPageNumbers`), so a
 * recorded address never stops being served and nobody has to withdraw it by hand.
 */
import { resultStatus } from './browse';

/** The most entries a static list page shows. */
export const LIST_PAGE_SIZE = 50;

/** How many pages a list of `total` entries needs (an empty list still has its first page). */
export function pageCount(total: number, size: number = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The entries of page `page` (1-based). */
export function pageSlice<T>(entries: readonly T[], page: number, size: number = LIST_PAGE_SIZE): T[] {
  return entries.slice((page - 1) * size, page * size);
}

/** The page number an address segment stands for: "2" → 2; anything else (0, "02", "x", "1") → undefined. */
export function parsePageNumber(segment: string): number | undefined {
  if (!/^[1-9][0-9]*$/.test(segment)) return undefined;
  const page = Number(segment);
  return page >= 2 && Number.isSafeInteger(page) ? page : undefined;
}

/** "Page 2 of 7": the visible page count. */
export function pageLabel(page: number, count: number): string {
  return `Page ${page} of ${count}`;
}

/** A list page's title: the list's name, then "page 2 of 7" after the first page. */
export function pagedTitle(name: string, page: number, count: number): string {
  return page > 1 ? `${name}, ${pageLabel(page, count).toLowerCase()}` : name;
}

/** "Entries 51 to 100 of 312": which part of the list a page holds. */
export function pageRangeLabel(page: number, total: number, size: number = LIST_PAGE_SIZE): string {
  if (total === 0) return 'No entries';
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return first === last ? `Entry ${first} of ${total}` : `Entries ${first} to ${last} of ${total}`;
}

/** One link in the pagination: a page number, or a gap ("…") between distant numbers. */
export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers a pagination shows: the first, the last, and the current one with `around`
 * neighbours either side; gaps where numbers are left out. Bounded whatever the list's length.
 */
export function pageLinks(page: number, count: number, around = 1): PageLink[] {
  const shown = new Set<number>([1, count]);
  for (let n = page - around; n <= page + around; n += 1) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && n - previous === 2) links.push({ kind: 'page', page: n - 1, current: false });
    else if (previous !== undefined && n - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page: n, current: n === page });
  });
  return links;
}

/** The page numbers after the first that a list of `total` entries has: 2 … pageCount. */
export function laterPageNumbers(total: number, size: number = LIST_PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/**
 * Page numbers of `firstPagePath` that were published (`recordedPaths`, site paths from the URL
 * manifest) and lie past the list's current last page: each still gets a page pointing to the last one.
 */
export function retiredPageNumbers(
  firstPagePath: string,
  total: number,
  recordedPaths: Iterable<string>,
  size: number = LIST_PAGE_SIZE,
): number[] {
  const count = pageCount(total, size);
  const prefix = `${firstPagePath}page/`;
  const numbers = new Set<number>();
  for (const path of recordedPaths) {
    if (!path.startsWith(prefix) || !path.endsWith('/')) continue;
    const page = parsePageNumber(path.slice(prefix.length, -1));
    if (page !== undefined && page > count) numbers.add(page);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** A list made of consecutive groups (a stage's resources, grouped by type). */
export interface ListGroup<K, T> {
  key: K;
  entries: readonly T[];
}

/** The part of a group that falls on one page; `continued` when the group began on an earlier page. */
export interface GroupOnPage<K, T> {
  key: K;
  entries: T[];
  /** The group's length over the whole list. */
  total: number;
  continued: boolean;
}

/** The groups (or parts of groups) on page `page` of the list made by laying the groups end to end. */
export function groupsOnPage<K, T>(groups: readonly ListGroup<K, T>[], page: number, size: number = LIST_PAGE_SIZE): GroupOnPage<K, T>[] {
  const start = (page - 1) * size;
  const end = page * size;
  const parts: GroupOnPage<K, T>[] = [];
  let offset = 0;
  for (const group of groups) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + group.entries.length);
    if (from < to)
      parts.push({
        key: group.key,
        entries: group.entries.slice(from - offset, to - offset),
        total: group.entries.length,
        continued: from > offset,
      });
    offset += group.entries.length;
  }
  return parts;
}

/** The page on which each group begins. */
export function groupFirstPages<K, T>(groups: readonly ListGroup<K, T>[], size: number = LIST_PAGE_SIZE): Map<K, number> {
  const pages = new Map<K, number>();
  let offset = 0;
  for (const group of groups) {
    pages.set(group.key, Math.floor(offset / size) + 1);
    offset += group.entries.length;
  }
  return pages;
}

/** The catalogue's status line on a static page: the whole count, and which part of it this page lists. */
export function pagedListStatus(page: number, count: number, total: number, size: number = LIST_PAGE_SIZE): string {
  if (count <= 1) return resultStatus(total, total);
  return `${total} resources. ${pageLabel(page, count)} lists ${pageRangeLabel(page, total, size).replace(/^E/, 'e')}.`;
}
