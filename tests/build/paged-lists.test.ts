/**
 * Static lists stay light however long the catalogue grows: a build of the real content plus several
 * hundred synthetic entries (tests/helpers/paged-site.ts) lists at most LIST_PAGE_SIZE entries on
 * every page of /resources/, the type pages, the stages' resource lists and the facet pages; the pages
 * of each list, followed by rel="next", hold exactly its entries in order; each says "Page N of M";
 * and a recorded page number past a list's end still serves a page pointing at its last page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterItems, noSelection } from '../../src/lib/catalogue/browse';
import { entriesForStage, entriesOfType, groupByType, sortByTitle } from '../../src/lib/catalogue/catalogue';
import { facetSummaries, facetValueTerms, facetedEntries } from '../../src/lib/catalogue/facets';
import { LIST_PAGE_SIZE, pageCount, pageLabel } from '../../src/lib/catalogue/list-pages';
import { RESOURCE_TYPES, STAGE_IDS } from '../../src/lib/model/vocabularies';
import { PAST_END_PATH, buildPagedSite, type PagedSite } from '../helpers/paged-site';

let site: PagedSite;
beforeAll(() => {
  site = buildPagedSite();
}, 600_000);
afterAll(() => site?.remove());

const html = (path: string) => readFileSync(join(site.outDir, decodeURI(path), 'index.html'), 'utf8');
const mainOf = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
const resourceIds = (page: string) => [...mainOf(page).matchAll(/<a href="\/resources\/([a-z0-9-]+)\/"/g)].map((match) => match[1]!);

/** Follows rel="next" from a list's first page, checking each page on the way. */
function walk(firstPage: string): { ids: string[]; pages: string[] } {
  const ids: string[] = [];
  const pages: string[] = [];
  let path: string | undefined = firstPage;
  while (path) {
    const page = html(path);
    const listed = resourceIds(page);
    expect(listed.length, path).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    ids.push(...listed);
    pages.push(path);
    const previous = /<link rel="prev" href="([^"]+)"/.exec(page)?.[1];
    expect(previous, `${path} rel=prev`).toBe(pages.length > 1 ? pages[pages.length - 2] : undefined);
    path = /<link rel="next" href="([^"]+)"/.exec(page)?.[1];
    if (pages.length > 1000) throw new Error(`${firstPage}: rel="next" never ends`);
  }
  return { ids, pages };
}

/** Checks one list: its pages, their addresses, counts and navigation, and the entries in order. */
function expectPagedList(firstPage: string, expected: string[]) {
  const { ids, pages } = walk(firstPage);
  expect(ids, firstPage).toEqual(expected);
  const count = pageCount(expected.length);
  expect(pages).toEqual([firstPage, ...Array.from({ length: count - 1 }, (_, index) => `${firstPage}page/${index + 2}/`)]);
  if (count > 1) {
    for (const [index, path] of pages.entries()) {
      const page = html(path);
      expect(page, path).toContain(pageLabel(index + 1, count));
      expect(page).toMatch(/<nav aria-label="Pages of [^"]+"/);
      expect(page).toContain(`href="${path}" aria-current="page"`);
    }
  }
  return count;
}

describe('a catalogue several pages long', () => {
  it('lists /resources/ 50 at a time in title order, each page within the HTML budget', () => {
    const entries = sortByTitle(site.resources);
    expect(
      expectPagedList(
        '/resources/',
        entries.map((entry) => entry.id),
      ),
    ).toBeGreaterThan(2);
  });

  it('pages every type list', () => {
    const entries = sortByTitle(site.resources);
    const counts = RESOURCE_TYPES.map((type) =>
      expectPagedList(
        `/types/${type}/`,
        entriesOfType(entries, type).map((entry) => entry.id),
      ),
    );
    expect(Math.max(...counts)).toBeGreaterThan(1);
  });

  it('pages every stage list, grouped by type, and keeps the #group-<type> anchors on its first page', () => {
    const entries = sortByTitle(site.resources);
    for (const stage of STAGE_IDS) {
      const groups = groupByType(entriesForStage(entries, stage));
      const first = `/stages/${stage}/resources/`;
      expectPagedList(
        first,
        groups.flatMap((group) => group.entries.map((entry) => entry.id)),
      );
      const page = html(first);
      for (const group of groups) expect(page, `${first}#group-${group.type}`).toContain(`id="group-${group.type}"`);
    }
  });

  it('pages every facet value list', () => {
    const entries = sortByTitle(site.resources);
    const items = facetedEntries(entries);
    let paged = 0;
    for (const facet of facetSummaries(items, facetValueTerms(entries)).filter((summary) => summary.segment)) {
      for (const value of facet.values) {
        const expected = filterItems(items, { ...noSelection(), [facet.key]: [value.value] }).map((item) => item.entry.id);
        if (expectPagedList(value.href, expected) > 1) paged += 1;
      }
    }
    expect(paged).toBeGreaterThan(0);
  });

  it('serves a recorded page number past the end of a list: noindex, pointing to its last page', () => {
    expect(existsSync(join(site.outDir, PAST_END_PATH, 'index.html'))).toBe(true);
    const page = html(PAST_END_PATH);
    const last = `/types/guide/page/${pageCount(entriesOfType(site.resources, 'guide').length)}/`;
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${last}">`);
    expect(page).toContain(`href="${last}"`);
  });

  it('holds every entry in one browse index', () => {
    const href = /data-index="([^"]+)"/.exec(html('/resources/'))?.[1] ?? '';
    const index = JSON.parse(readFileSync(join(site.outDir, href), 'utf8')) as { ids: string[] };
    expect(index.ids).toEqual(sortByTitle(site.resources).map((entry) => entry.id));
  });
});
