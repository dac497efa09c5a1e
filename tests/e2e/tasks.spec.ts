/**
 * The tasks, done the way a person would, counting the steps (page loads, clicks, typing).
 * The phone task (stage 3, housing, under an hour) is in results-and-filters.spec.ts.
 * Inputs are chosen from the data by rule, so the tests hold as the catalogue grows.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { printedText, squeeze } from './print-helpers';
import { content } from '../helpers/real-content';
import { suggestQuery, wordsOf } from '../../src/lib/search/search-suggest';

const SITE = 'https://alliance-pathways.example.org';
const registry = JSON.parse(readFileSync(new URL('../../content/short-links.json', import.meta.url), 'utf8')) as {
  codes: Record<string, string>;
};

/** Counts the steps of a task as they are taken. */
function stepCounter() {
  let steps = 0;
  return {
    step: async <T>(action: Promise<T>): Promise<T> => {
      const result = await action;
      steps += 1;
      return result;
    },
    get count() {
      return steps;
    },
  };
}

/** Stands in for the print dialog: counts calls to window.print. */
async function countPrintCalls(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
}

/** Pages of the printed PDF in one paper size. */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = await page.pdf({ format, printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('search a misspelt publisher and reach its entry', async ({ page, request }) => {
  const errors = collectErrors(page);
  const words = (await (await request.get('/search/words.json')).json()) as string[];
  expect(words.length).toBeGreaterThan(0);
  // A confirmed publisher's long word, misspelt by dropping one inner letter, that the catalogue's
  // words lead back to.
  const candidates = content.resources.flatMap((entry) =>
    entry.data.publisher && !entry.data.publisherInferred
      ? wordsOf(entry.data.publisher)
          .filter((word) => word.length >= 7)
          .map((word) => ({ entry, word, typo: `${word.slice(0, 3)}${word.slice(4)}` }))
      : [],
  );
  const pick = candidates.find(({ word, typo }) => !words.includes(typo) && suggestQuery(typo, words) === word);
  expect(pick, 'a publisher word to misspell').toBeDefined();
  const { entry, typo } = pick!;
  console.log(`misspelt publisher: "${typo}" for ${entry.id}`);

  const task = stepCounter();
  await task.step(page.goto('/'));
  const box = page.getByRole('searchbox', { name: 'Search resources, stages and pathways' });
  await task.step(box.fill(typo));
  await task.step(box.press('Enter'));
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${typo}$`));
  const results = page.getByRole('list', { name: 'Results' });
  const link = results.getByRole('link', { name: entry.data.title, exact: true });
  // Either the corrected results are shown at once, or "Did you mean" offers the correction.
  const offered = page.locator('[data-search-correction] a');
  await expect(link.or(offered).first()).toBeVisible();
  if (!(await link.isVisible())) await task.step(offered.click());
  await expect(page.locator('[data-search-correction]')).toContainText(/Did you mean|Nothing in the catalogue matched/);
  const row = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: entry.data.title, exact: true }) });
  await expect(row.locator('[data-row-meta]')).toContainText(entry.data.publisher!);
  await expect(row.getByRole('button', { name: /Add to my list/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await task.step(link.click());
  await expect(page).toHaveURL(new RegExp(`/resources/${entry.id}/$`));
  console.log(`misspelt publisher task ("${typo}"): ${task.count} steps`);
  expect(task.count).toBeLessThanOrEqual(5);
  expect(errors).toEqual([]);
});

test('a synonym or acronym finds what its long form finds', async ({ page }) => {
  await page.goto('/search/?q=pay%20for%20success');
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “pay for success”\.$/);
  const viaSynonym = await results.getByRole('heading').allTextContents();
  await page.goto('/search/?q=social%20impact%20bond');
  await expect(page.getByRole('status')).toHaveText(/results? for/);
  const direct = await page.getByRole('list', { name: 'Results' }).getByRole('listitem').getByRole('heading').allTextContents();
  for (const title of direct) expect(viaSynonym).toContain(title);
});

test('an empty search offers ways to browse, and the search page without JavaScript says so at once', async ({ page, browser }) => {
  await page.goto('/search/');
  await expect(page.getByRole('heading', { name: 'Not sure what to search for?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Where do I start?' })).toBeVisible();
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto('/search/?q=housing');
  // Visible straight away (no wait for the fallback timer), with links to browse.
  expect(await plain.getByText('Search needs JavaScript').isVisible()).toBe(true);
  await expect(plain.getByRole('link', { name: 'All resources' }).last()).toBeVisible();
  await noScript.close();
});

test('build a list of four and print it', async ({ page }) => {
  const errors = collectErrors(page);
  await countPrintCalls(page);
  const task = stepCounter();
  await task.step(page.goto('/resources/'));
  const rows = page.locator('[data-browse-results] li:visible [data-resource-row]');
  const titles: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    const row = rows.nth(index);
    titles.push(((await row.getByRole('heading').textContent()) ?? '').trim());
    await task.step(row.getByRole('button', { name: /Add to my list/ }).click());
  }
  await task.step(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My list' }).click());
  await expect.poll(() => page.locator('[data-list-items] h3').allTextContents()).toEqual(titles);
  await expect(page).toHaveURL(/\/lists\/\?r=[a-z0-9]{4}(,[a-z0-9]{4}){3}$/);
  await task.step(page.getByRole('button', { name: 'Print handout' }).click());
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  const text = squeeze((await printedText(page)).join(''));
  for (const title of titles) expect(text).toContain(squeeze(title));
  // Each entry prints its short link, and the list prints its own short address.
  expect(text.match(/alliance-pathways\.example\.org\/r\/[a-z0-9]{4}\//g)?.length ?? 0).toBeGreaterThanOrEqual(4);
  // (The list prints the address it was opened at; here the test server's origin.)
  const address = new URL(page.url());
  expect(text).toContain(squeeze(address.href));
  expect(`${SITE}${address.pathname}${address.search}`.length).toBeLessThan(70);
  const pages = { A4: await printedPages(page, 'A4'), Letter: await printedPages(page, 'Letter') };
  console.log(`list of four: ${task.count} steps, printed on ${pages.A4} A4 / ${pages.Letter} Letter pages`);
  expect(pages.A4).toBeLessThanOrEqual(2);
  expect(errors).toEqual([]);
});

for (const pathway of content.pathways) {
  test(`print the ${pathway.id} pathway handout: at most 4 pages, and every short link on it resolves`, async ({ page, request }) => {
    await countPrintCalls(page);
    const task = stepCounter();
    await task.step(page.goto(`/pathways/${pathway.id}/`));
    await task.step(page.getByRole('button', { name: 'Print handout' }).click());
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    const pages = { A4: await printedPages(page, 'A4'), Letter: await printedPages(page, 'Letter') };
    console.log(`pathway ${pathway.id}: ${task.count} steps, ${pages.A4} A4 / ${pages.Letter} Letter pages`);
    expect(pages.A4).toBeLessThanOrEqual(4);
    expect(pages.Letter).toBeLessThanOrEqual(4);

    const text = squeeze((await printedText(page)).join(''));
    const codes = [...new Set([...text.matchAll(/alliance-pathways\.example\.org\/r\/([a-z0-9]+)\//g)].map((match) => match[1]!))];
    // Every curated resource and every guidance link prints as a short link.
    const expected = pathway.data.steps.reduce((sum, step) => sum + step.resources.length + step.guidance.length, 0);
    expect(codes.length).toBeGreaterThanOrEqual(Math.min(expected, 1));
    for (const code of codes) {
      expect(registry.codes[code], `printed /r/${code}/ is registered`).toBeDefined();
      const response = await request.get(`/r/${code}/`);
      expect(response.status(), `/r/${code}/`).toBe(200);
    }
    // Paper carries no site chrome.
    expect(text).not.toContain(squeeze('Skip to content'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
  });
}

test('every page prints without the header, navigation, search box or footer', async ({ page }) => {
  for (const path of [
    '/',
    '/resources/',
    `/resources/${content.resources[0]!.id}/`,
    `/stages/${content.stages[0]!.id}/`,
    '/search/?q=health',
    '/about/',
  ]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header'), path).toBeHidden();
    await expect(page.locator('body > footer'), path).toBeHidden();
    await expect(page.locator('form[role="search"]').first(), path).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});

test.describe('identity', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width} px: wordmark, header search inline at a desk, and touch targets of at least 24×24 px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/resources/');
      const home = page.getByRole('banner').getByRole('link', { name: 'Alliance Pathways' });
      await expect(home.locator('svg')).toBeVisible();
      if (viewport.width >= 1280) {
        // One header row: the search box sits beside the navigation, not below it.
        const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
        const search = (await page.getByRole('search', { name: 'Site' }).boundingBox())!;
        expect(Math.abs(search.y + search.height / 2 - (nav.y + nav.height / 2))).toBeLessThan(12);
      }
      // Every link and button in the header, breadcrumbs, footer and results is at least 24 px tall and wide
      // (WCAG 2.5.8); links inside sentences are exempt and are not looked at.
      const sizes = await page
        .locator(
          'header a, header button, nav[aria-label="Breadcrumb"] a, footer p.flex a, [data-resource-row] button:visible, [data-browse-open]:visible',
        )
        .evaluateAll((targets) =>
          targets
            .filter((target) => target.getClientRects().length > 0)
            .map((target) => {
              const box = target.getBoundingClientRect();
              return { name: target.textContent?.trim().slice(0, 30), width: Math.round(box.width), height: Math.round(box.height) };
            }),
        );
      expect(sizes.length).toBeGreaterThan(5);
      expect(sizes.filter((size) => size.width < 24 || size.height < 24)).toEqual([]);
    });
  }

  test('the typeface is self-hosted: the page uses it and fetches nothing from another origin', async ({ page }) => {
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible Next Variable"'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Atkinson Hyperlegible Next Variable/);
    expect([...origins].filter((origin) => origin !== new URL(page.url()).origin && !origin.startsWith('data:'))).toEqual([]);
  });
});
