/** Byte budgets over the built site (docs/architecture.md, Budgets). Bytes, not timings. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, PAGE_TYPES } from '../../scripts/lib/budgets.mjs';
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
    });
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
  });
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
