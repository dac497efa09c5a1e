/**
 * Checks over the built dist/ (the test runner builds first): every facet value has a static page
 * listing exactly its resources (over its pages, LIST_PAGE_SIZE at most on each), reachable by plain
 * links within three clicks of the home page, and /resources/ carries a plain GET form, a status
 * region, and the address of the browse index its script reads (which holds every entry).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACET_KEYS, filterItems, noSelection } from '../../src/lib/catalogue/browse';
import { facetSummaries, facetValueTerms, facetedEntries } from '../../src/lib/catalogue/facets';
import { sortByTitle } from '../../src/lib/catalogue/catalogue';
import { decodeBrowseIndex } from '../../src/lib/catalogue/browse-index';
import { LIST_PAGE_SIZE, pageCount, pagedListStatus } from '../../src/lib/catalogue/list-pages';
import { content } from '../helpers/real-content';
import { projectRoot } from '../helpers/content-root';

const dist = join(projectRoot, 'dist');
const entries = sortByTitle(content.resources);
const items = facetedEntries(entries);
const facets = facetSummaries(items, facetValueTerms(entries));

/** The HTML file a site path is served from ("/sectors/housing/" → dist/sectors/housing/index.html). */
const fileFor = (path: string) => join(dist, decodeURI(path), 'index.html');
const html = (path: string) => readFileSync(fileFor(path), 'utf8');
const mainOf = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
/** Internal links of a page: paths only, without query or fragment. */
const linksOf = (page: string) =>
  [...page.matchAll(/<a\b[^>]*\shref="(\/[^"#?]*)[^"]*"/g)].map((match) => match[1]!).filter((href) => !href.startsWith('//'));

/** The resource ids a paged list lists, page by page, following rel="next" from its first page. */
function pagedIds(firstPage: string): { ids: string[]; pages: number } {
  const ids: string[] = [];
  let path: string | undefined = firstPage;
  let pages = 0;
  while (path) {
    const page = html(path);
    const listed = linksOf(mainOf(page)).flatMap((href) => /^\/resources\/([a-z0-9-]+)\/$/.exec(href)?.[1] ?? []);
    expect(new Set(listed).size, `${path} lists at most ${LIST_PAGE_SIZE}`).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    ids.push(...listed);
    pages += 1;
    path = /<link rel="next" href="([^"]+)"/.exec(page)?.[1];
    if (pages > 10_000) throw new Error(`${firstPage}: rel="next" never ends`);
  }
  return { ids, pages };
}

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

describe('single-facet static pages', () => {
  const cases = facets.flatMap((facet) => facet.values.map((value) => [facet.key, value.value, value.href] as const));

  it.each(cases)('%s=%s has a page at %s listing exactly its resources', (key, value, href) => {
    expect(existsSync(fileFor(href)), href).toBe(true);
    const expected = new Set(filterItems(items, { ...noSelection(), [key]: [value] }).map((item) => item.entry.id));
    const { ids, pages } = pagedIds(href);
    const listed = new Set(ids);
    expect(pages).toBe(pageCount(expected.size));
    if (key === 'stage') {
      // Stage pages are guides that also list their resources: every one must be there.
      for (const id of expected) expect(listed, `${href} lists ${id}`).toContain(id);
    } else {
      expect([...listed].sort()).toEqual([...expected].sort());
    }
  });

  it('has an index page for every facet, linking every value', () => {
    for (const facet of facets) {
      const links = new Set(linksOf(mainOf(html(facet.href))));
      for (const value of facet.values) expect(links, `${facet.href} → ${value.href}`).toContain(value.href);
    }
  });

  it('reaches every facet value page from the home page within three clicks of plain links', () => {
    const depth = new Map<string, number>([['/', 0]]);
    let frontier = ['/'];
    for (let click = 1; click <= 3; click += 1) {
      const next: string[] = [];
      for (const path of frontier) {
        if (!existsSync(fileFor(path))) continue;
        for (const link of linksOf(html(path))) {
          if (depth.has(link)) continue;
          depth.set(link, click);
          next.push(link);
        }
      }
      frontier = next;
    }
    const unreached = facets.flatMap((facet) => facet.values.map((value) => value.href)).filter((href) => !depth.has(href));
    expect(unreached).toEqual([]);
    // And the browse page itself is one click away.
    expect(depth.get('/resources/')).toBe(1);
  });
});

describe('/resources/', () => {
  let page = '';
  beforeAll(() => {
    page = html('/resources/');
  });

  it('has a plain GET form whose checkboxes cover every facet value', () => {
    expect(page).toMatch(/<form method="get" action="\/resources\/"[^>]*data-browse-form/);
    for (const facet of facets) {
      for (const value of facet.values) {
        expect(page, `${facet.key}=${value.value}`).toContain(`name="${facet.key}" value="${value.value}"`);
      }
    }
    expect(page).toMatch(/<select id="browse-sort" name="sort"/);
  });

  it('has a status region with the count when the page loads', () => {
    expect(page).toContain(`role="status" class="font-semibold" data-browse-status>${pagedListStatus(1, pageCount(entries.length), entries.length)}</p>`);
  });

  it('lists every resource once over its pages, in title order', () => {
    const { ids, pages } = pagedIds('/resources/');
    expect(ids).toEqual(entries.map((entry) => entry.id));
    expect(pages).toBe(pageCount(entries.length));
  });

  it('names a browse index, not loaded by the page, that holds every resource with its facet values in title order', () => {
    const href = /<resource-browser data-index="([^"]+)"/.exec(page)?.[1];
    expect(href).toMatch(/^\/browse\/[0-9a-f]{16}\.json$/);
    // Nothing fetches it on load: no preload, no link, no script names it.
    expect(page.split(href!).length - 1).toBe(1);
    expect(readdirSync(join(dist, 'browse'))).toEqual([href!.slice('/browse/'.length)]);
    const decoded = decodeBrowseIndex(JSON.parse(readFileSync(join(dist, href!), 'utf8')));
    expect(decoded.map((item) => item.id)).toEqual(entries.map((entry) => entry.id));
    for (const [index, item] of decoded.entries()) {
      expect(item.title).toBe(entries[index]!.data.title);
      expect(item.titleRank).toBe(index);
      expect(item.year).toBe(items[index]!.year);
      expect(item.added).toBe(items[index]!.added);
      // Facet values come back in vocabulary order; browsing does not depend on the order.
      for (const key of FACET_KEYS) expect([...item.facets[key]].sort(), `${item.id} ${key}`).toEqual([...items[index]!.facets[key]].sort());
    }
  });

  it('links each facet value to its static page for browsers without JavaScript', () => {
    const links = new Set(linksOf(page));
    for (const facet of facets) for (const value of facet.values) expect(links).toContain(value.href);
  });

  it('ships its script as an external module and has no inline script, handler or style attribute', () => {
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/type="module" src="\/_astro\/[^"]+\.js"/);
      expect(body).toBe('');
    }
    expect(page).not.toMatch(/\son[a-z]+="/);
    expect(page).not.toMatch(/\sstyle="/);
  });
});
