/** Byte budgets over the built site (docs/architecture.md, Budgets). Bytes, not timings. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, PAGE_TYPES, browseIndexBudget } from '../../scripts/lib/budgets.mjs';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { assertBuilt, distDir, htmlFiles } from '../helpers/dist';

beforeAll(assertBuilt);

const pages = htmlFiles();

describe('JavaScript per page type', () => {
  for (const pageType of PAGE_TYPES) {
    const members = pages.filter((page) => pageType.pattern.test(page));
    it(`${pageType.name} pages (${members.length}) ship at most ${BUDGETS[pageType.jsBudget as keyof typeof BUDGETS]} B of gzip JS`, () => {
      // Every page type exists: a budget checked against no page would prove nothing.
      expect(members.length).toBeGreaterThan(0);
      const heaviest = Math.max(...members.map((page) => pageWeight(distDir, page).js.gzip));
      expect(heaviest).toBeLessThanOrEqual(BUDGETS[pageType.jsBudget as keyof typeof BUDGETS]);
    }, 300_000); // a benchmark build (DIST_DIR) has tens of thousands of pages to weigh
  }
});

describe('resource pages', () => {
  it(`every resource page is at most ${BUDGETS.resourcePageHtmlAndCss} B of gzip HTML + CSS`, () => {
    const resources = pages.filter((page) => /^\/resources\/[^/]+\/index\.html$/.test(page));
    expect(resources.length).toBeGreaterThan(40);
    const over = resources
      .map((page) => ({ page, weight: pageWeight(distDir, page) }))
      .filter(({ weight }) => weight.html.gzip + weight.css.gzip > BUDGETS.resourcePageHtmlAndCss)
      .map(({ page, weight }) => `${page}: ${weight.html.gzip + weight.css.gzip} B`);
    expect(over).toEqual([]);
  }, 300_000);
});

describe('stylesheets', () => {
  it(`all CSS together is at most ${BUDGETS.cssTotal} B gzip`, () => {
    const folder = join(distDir, '_astro');
    const css = readdirSync(folder).filter((name) => name.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const total = css.reduce((sum, name) => sum + gzipSync(readFileSync(join(folder, name)), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(BUDGETS.cssTotal);
  });
});

describe('lists whose weight does not depend on the catalogue', () => {
  const catalogue = pages.filter((page) => /^\/resources\/(?:page\/\d+\/)?index\.html$/.test(page));

  it(`/resources/ and each of its pages are at most ${BUDGETS.catalogueHtml} B of gzip HTML`, () => {
    expect(catalogue).toContain('/resources/index.html');
    const over = catalogue
      .map((page) => ({ page, html: pageWeight(distDir, page).html.gzip }))
      .filter(({ html }) => html > BUDGETS.catalogueHtml)
      .map(({ page, html }) => `${page}: ${html} B`);
    expect(over).toEqual([]);
  });

  it('the browse index fits its budget for the number of entries it holds (read from the build), and no page loads it', () => {
    const folder = join(distDir, 'browse');
    expect(existsSync(folder)).toBe(true);
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(1);
    const raw = readFileSync(join(folder, files[0]!));
    const entries = (JSON.parse(raw.toString('utf8')) as { ids: string[] }).ids.length;
    expect(entries).toBeGreaterThan(0);
    expect(gzipSync(raw, { level: 9 }).length).toBeLessThanOrEqual(browseIndexBudget(entries));
    // Fetched on first use only: the page names it on its element, and nothing preloads or imports it.
    const html = readFileSync(join(distDir, 'resources/index.html'), 'utf8');
    expect(html).toContain(`data-index="/browse/${files[0]}"`);
    expect(html).not.toMatch(/<link[^>]+href="[^"]*\/browse\//);
  });
});
