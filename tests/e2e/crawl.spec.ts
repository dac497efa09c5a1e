/**
 * A crawl of every page the build wrote, in Chromium, served with the host headers (CSP included):
 * zero console errors, zero CSP violations, zero requests to other origins, zero axe violations.
 * Then the same pages with JavaScript off: each still shows its content.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { htmlFiles } from '../helpers/dist';

/** Site paths of every page (redirect stubs have no <main> and are checked elsewhere). */
const pages = htmlFiles()
  .filter((file) => !file.startsWith('/pagefind/'))
  .map((file) => file.replace(/index\.html$/, '').replace(/^\/404\.html$/, '/404.html'));

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
      const main = page.locator('main');
      const text = (await main.count()) > 0 ? await main.innerText() : '';
      // Redirect stubs (meta refresh) have no main; everything else must have real content.
      if ((await page.locator('meta[http-equiv="refresh"]').count()) > 0) return;
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect(text.length).toBeGreaterThan(100);
    });
  }
});
