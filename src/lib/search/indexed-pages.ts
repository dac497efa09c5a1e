/**
 * The pages the search index reads. Only resource, stage and pathway pages mark their content with
 * data-pagefind-body, so Pagefind indexes nothing else; told to read every HTML file, it still opened
 * and parsed the rest (lists, facet pages, embed cards: more than half of dist/ at 10,000 entries,
 * about 7 of its 13 seconds). A check over dist/ (tests/dist/search-index.test.ts) fails if a page
 * outside these ever carries data-pagefind-body.
 */
import { sitePath } from '../catalogue/paths';

/** Page paths with "*" for the id: "/resources/*\/". */
const SEARCHABLE_PAGES: readonly string[] = [sitePath.resource('*'), sitePath.stage('*'), sitePath.pathway('*')];

/** Pagefind's glob, relative to dist/ (files there are not under the base path). */
export const PAGEFIND_GLOB = `{${SEARCHABLE_PAGES.map((page) => `${page.slice(1)}index.html`).join(',')}}`;

/** Whether a page's path in dist/ ("/resources/x/", without the base) is one the index reads. */
export function isSearchablePage(path: string): boolean {
  return SEARCHABLE_PAGES.some((page) => {
    const [before = '', after = ''] = page.split('*');
    const id = path.slice(before.length, path.length - after.length);
    return path.startsWith(before) && path.endsWith(after) && id.length > 0 && !id.includes('/');
  });
}
