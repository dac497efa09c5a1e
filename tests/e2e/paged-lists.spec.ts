/**
 * Paged static lists and the browse index, as a person uses them, on a catalogue long enough to
 * page (the real content plus synthetic entries, built and served here on a port of its own:
 * tests/helpers/paged-site.ts). Expected entries are worked out from the raw entries.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { buildPagedSite, type PagedSite } from '../helpers/paged-site';
import { sortByTitle } from '../../src/lib/catalogue/catalogue';

// One build and one server for the whole file, in one worker.
test.describe.configure({ mode: 'serial' });

const port = Number(process.env.PREVIEW_PORT ?? 4322) + 2;
const origin = `http://127.0.0.1:${port}`;
const PAGE_SIZE = 50;
let site: PagedSite;
let server: ChildProcess;
let titles: string[] = [];
let guides: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(600_000);
  site = buildPagedSite();
  const sorted = sortByTitle(site.resources);
  titles = sorted.map((entry) => entry.data.title);
  guides = sorted.filter((entry) => entry.data.type === 'guide').map((entry) => entry.data.title);
  server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(port), '--root', site.outDir], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the paged site's server did not start on ${origin}`);
});

test.afterAll(() => {
  server?.kill();
  site?.remove();
});

const listedTitles = (page: Page) => page.locator('main li:visible article h2 a, main li:visible article h3 a').allTextContents();
const pagination = (page: Page) => page.getByRole('navigation', { name: /^Pages of / });
const pages = () => Math.ceil(titles.length / PAGE_SIZE);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a person pages through /resources/ to page 2 and back', async ({ page }) => {
    await page.goto(`${origin}/resources/`);
    await expect(pagination(page).getByText(`Page 1 of ${pages()}`)).toBeVisible();
    expect(await listedTitles(page)).toEqual(titles.slice(0, PAGE_SIZE));

    await pagination(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${origin}/resources/page/2/`);
    await expect(pagination(page).getByText(`Page 2 of ${pages()}`)).toBeVisible();
    await expect(pagination(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(await listedTitles(page)).toEqual(titles.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    await expect(page.getByText(`Entries ${PAGE_SIZE + 1} to ${2 * PAGE_SIZE} of ${titles.length}`).first()).toBeVisible();

    await pagination(page).getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(`${origin}/resources/`);
    expect(await listedTitles(page)).toEqual(titles.slice(0, PAGE_SIZE));
  });

  test('a person goes from a type page to its page 2', async ({ page }) => {
    expect(guides.length).toBeGreaterThan(PAGE_SIZE);
    await page.goto(`${origin}/types/guide/`);
    expect(await listedTitles(page)).toEqual(guides.slice(0, PAGE_SIZE));
    await pagination(page).getByRole('link', { name: 'Page 2', exact: true }).click();
    await expect(page).toHaveURL(`${origin}/types/guide/page/2/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
    expect(await listedTitles(page)).toEqual(guides.slice(PAGE_SIZE, 2 * PAGE_SIZE));
  });
});

test('the pagination works from the keyboard alone', async ({ page }) => {
  await page.goto(`${origin}/types/guide/`);
  const next = pagination(page).getByRole('link', { name: 'Next page' });
  for (let presses = 0; presses < 400 && !(await next.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${origin}/types/guide/page/2/`);
  // Backwards from the end of the page: Shift+Tab reaches the pagination first.
  const previous = pagination(page).getByRole('link', { name: 'Previous page' });
  await page.locator('footer a').last().focus();
  for (let presses = 0; presses < 60 && !(await previous.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${origin}/types/guide/`);
});

test('paged pages have zero axe violations', async ({ page }) => {
  for (const path of [
    '/resources/page/2/',
    '/types/guide/page/2/',
    '/stages/build-the-alliance/resources/',
    '/stages/build-the-alliance/resources/page/2/',
  ]) {
    await page.goto(`${origin}${path}`);
    await expectNoAxeViolations(page);
  }
});

test('with JavaScript, the browse index is fetched only when a person first filters, and once', async ({ page }) => {
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/browse/')) requests.push(request.url());
  });
  await page.goto(`${origin}/resources/page/2/`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('checkbox', { name: /^Guides \(\d+\)$/ })).toBeVisible();
  expect(requests).toEqual([]);

  await page.getByRole('checkbox', { name: /^Guides \(\d+\)$/ }).check();
  await expect(page).toHaveURL(`${origin}/resources/?type=guide`);
  const status = page.getByRole('status').first();
  await expect(status).toHaveText(
    guides.length > 100
      ? `${guides.length} of ${titles.length} resources match. Showing the first 100.`
      : `Showing ${guides.length} of ${titles.length} resources.`,
  );
  expect(await listedTitles(page)).toEqual(guides.slice(0, 100));
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatch(/\/browse\/[0-9a-f]{16}\.json$/);

  await page.getByRole('checkbox', { name: /^Webinars \(\d+\)$/ }).check();
  await expect(page).toHaveURL(`${origin}/resources/?type=guide&type=webinar`);
  expect(requests).toHaveLength(1);

  // Back twice: the static page 2 again, as it was.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(`${origin}/resources/page/2/`);
  await expect(status).toHaveText(
    `${titles.length} resources. Page 2 of ${pages()} lists entries ${PAGE_SIZE + 1} to ${2 * PAGE_SIZE} of ${titles.length}.`,
  );
  expect(await listedTitles(page)).toEqual(titles.slice(PAGE_SIZE, 2 * PAGE_SIZE));
  await expect(page.getByRole('checkbox', { name: /^Guides \(\d+\)$/ })).not.toBeChecked();
  expect(errors).toEqual([]);
});

test('the index is served as a file that never changes: cached for a year', async ({ page }) => {
  await page.goto(`${origin}/resources/`);
  const href = await page.locator('resource-browser').getAttribute('data-index');
  const response = await page.request.get(`${origin}${href}`);
  expect(response.ok()).toBe(true);
  expect(response.headers()['cache-control']).toContain('immutable');
});
