/**
 * The pages a paged static list is built as (Astro's getStaticPaths): its pages 1 … pageCount, plus
 * a "past the end" page for each page number published earlier (recorded in content/url-manifest.json)
 * that the list no longer reaches, so that a shrinking catalogue never breaks a recorded address.
 */
import { contentRoot } from '../links/link-data';
import { laterPageNumbers, pageCount, retiredPageNumbers } from '../catalogue/list-pages';
import { readManifest } from '../links/url-manifest-files';

/** What a list page template needs to know about its place in the list. */
export interface ListPageInfo {
  /** 1-based page number. */
  page: number;
  /** How many pages the list has now. */
  count: number;
  /** A recorded page number the list no longer reaches: the page sends readers to the last page. */
  pastEnd: boolean;
}

let recorded: { root: string; paths: string[] } | undefined;

/** Every page path the URL manifest records (read once per build). */
function recordedPagePaths(): string[] {
  const root = contentRoot();
  if (recorded?.root !== root) recorded = { root, paths: Object.keys(readManifest(root).pages) };
  return recorded.paths;
}

/** The pages of a list of `total` entries whose first page is at the site path `firstSitePath` (no base). */
export function listPages(firstSitePath: string, total: number): ListPageInfo[] {
  const count = pageCount(total);
  return [
    { page: 1, count, pastEnd: false },
    ...laterPageNumbers(total).map((page) => ({ page, count, pastEnd: false })),
    ...retiredPageNumbers(firstSitePath, total, recordedPagePaths()).map((page) => ({ page, count, pastEnd: true })),
  ];
}

/** The rest parameter of a list route for a page: none for page 1, "page/<n>" after. */
export function pageRestParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}
