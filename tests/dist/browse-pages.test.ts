/**
 * Checks over the built dist/ (the test runner builds first): every facet value has a static page
 * listing exactly its resources, reachable by plain links within three clicks of the home page,
 * and /resources/ carries a plain GET form, a status region and the data its script reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACET_KEYS, filterItems, noSelection } from '../../src/lib/catalogue/browse';
import { facetSummaries, facetValueTerms, facetedEntries } from '../../src/lib/catalogue/facets';
import { sortByTitle } from '../../src/lib/catalogue/catalogue';
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
const resourceIdsIn = (fragment: string) =>
  new Set(linksOf(fragment).flatMap((href) => /^\/resources\/([a-z0-9-]+)\/$/.exec(href)?.[1] ?? []));

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

describe('single-facet static pages', () => {
  const cases = facets.flatMap((facet) => facet.values.map((value) => [facet.key, value.value, value.href] as const));

  it.each(cases)('%s=%s has a page at %s listing exactly its resources', (key, value, href) => {
    expect(existsSync(fileFor(href)), href).toBe(true);
    const expected = new Set(filterItems(items, { ...noSelection(), [key]: [value] }).map((item) => item.entry.id));
    const listed = resourceIdsIn(mainOf(html(href)));
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
    expect(page).toMatch(new RegExp(`role="status"[^>]*>Showing all ${entries.length} resources.</p>`));
  });

  it('lists every resource once, in title order, each with its facet values in data attributes', () => {
    const rows = [...page.matchAll(/<li data-added="([^"]*)"([^>]*)>[\s\S]*?<a href="\/resources\/([a-z0-9-]+)\/"/g)];
    expect(rows.map((row) => row[3])).toEqual(entries.map((entry) => entry.id));
    for (const [index, row] of rows.entries()) {
      for (const key of FACET_KEYS) {
        const values = items[index]!.facets[key];
        if (values.length > 0) expect(row[2], `${row[3]} ${key}`).toContain(`data-${key}="${values.join(' ')}"`);
        else expect(row[2], `${row[3]} ${key}`).not.toContain(`data-${key}`);
      }
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
