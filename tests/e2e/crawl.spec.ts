/**
 * A crawl of the built site in Chromium, served with the host headers (CSP included): zero console
 * errors, zero CSP violations, zero requests to other origins, zero axe violations. Then the same
 * pages with JavaScript off: each still shows its content.
 * It visits every template and a fixed sample of each template's pages (tests/helpers/page-sample.ts);
 * what every page must hold without scripts is also checked over dist/ (tests/dist/every-page.test.ts).
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { htmlFiles, readDist } from '../helpers/dist';
import { samplePages } from '../helpers/page-sample';

/**
 * Site paths of the sampled pages. Redirect stubs (short links, moved pages) are left out: each only
 * forwards to a page crawled here, and the links tests follow them.
 */
const pages = samplePages(
  htmlFiles()
    .filter((file) => !file.startsWith('/pagefind/'))
    .map((file) => ({ file, html: readDist(file) }))
    .filter(({ html }) => !/http-equiv="refresh"/i.test(html))
    .map(({ file, html }) => ({ path: file.replace(/index\.html$/, ''), bytes: html.length })),
);

test.describe('crawl with JavaScript', () => {
  for (const path of pages) {
    test(`${path}: no errors, no CSP violations, no other origins, no axe violations`, async ({ page, baseURL }) => {
      const errors = collectErrors(page);
      const foreign: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('crawl without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`${path}: content is there without scripts`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(100);
    });
  }
});
