import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, scrollsSideways } from './helpers';
import { content } from '../helpers/real-content';

const registry = JSON.parse(readFileSync(new URL('../../content/short-links.json', import.meta.url), 'utf8')) as {
  codes: Record<string, string>;
};
const codeOf = (key: string): string => {
  const code = Object.entries(registry.codes).find(([, target]) => target === key)?.[0];
  if (!code) throw new Error(`no short code for ${key}`);
  return code;
};
const SITE = 'https://alliance-pathways.example.org';
const resourceCode = codeOf('resource:art-and-public-health');
/** Citations name the work's own address when it has one, otherwise our permanent link. */
const art = content.resources.find((entry) => entry.id === 'art-and-public-health')!;
const artCited = art.data.url && art.data.linkKind !== 'publisher-page' ? art.data.url : `${SITE}/resources/art-and-public-health/`;
const stepCode = codeOf('stage:build-the-alliance#map-stakeholders');

/** Errors other than the expected 404 of an unknown list entry. */
const unexpected = (errors: string[]) => errors.filter((error) => !/status of 404/.test(error));

test.describe('short links', () => {
  test('a short link printed on a handout opens the resource', async ({ page }) => {
    await page.goto(`/r/${resourceCode}/`);
    await expect(page).toHaveURL(/\/resources\/art-and-public-health\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Art and Public Health');
  });

  test('a step short link opens the stage at that step', async ({ page }) => {
    await page.goto(`/r/${stepCode}/`);
    await expect(page).toHaveURL(/\/stages\/build-the-alliance\/#step-map-stakeholders$/);
    await expect(page.locator('#step-map-stakeholders')).toBeInViewport();
  });

  test('the redirect page itself is accessible and says where it leads (when the browser does not follow it)', async ({ page }) => {
    await page.route(`**/r/${resourceCode}/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response, body });
    });
    await page.goto(`/r/${resourceCode}/`);
    await expect(page.getByRole('link', { name: 'Art and Public Health' })).toHaveAttribute('href', '/resources/art-and-public-health/');
    await expectNoAxeViolations(page);
  });
});

test.describe('copy link and cite', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the short link and the permanent link, with the keyboard too', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/resources/art-and-public-health/');
    const box = page.getByRole('region', { name: 'Link and cite' });
    await expect(box).toContainText(`${SITE}/r/${resourceCode}/`);
    await box.getByRole('button', { name: 'Copy short link' }).click();
    await expect(box.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/r/${resourceCode}/`);

    const permanent = box.getByRole('button', { name: 'Copy permanent link' });
    await permanent.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/resources/art-and-public-health/`);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test.describe('in the reader’s own time zone', () => {
    test.use({ timezoneId: 'Pacific/Kiritimati' }); // UTC+14: already tomorrow when it is evening in UTC

    test('the citation carries the reader’s access date, in the text and in both downloads', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2030-02-03T20:00:00Z'));
      await page.goto('/resources/art-and-public-health/');
      const box = page.getByRole('region', { name: 'Link and cite' });
      const citation = box.locator('p[data-copy-source]');
      await expect(citation).toContainText(`Retrieved February 4, 2030, from ${artCited}`);
      await expect(citation.locator('i')).toHaveText('Art and Public Health');

      await box.getByRole('button', { name: 'Copy citation' }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(
        /^University of Arizona Mel & Enid Zuckerman College of Public Health\. \(2023\)\. Art and Public Health \[Podcast\]\./,
      );
      expect(copied).toContain('Retrieved February 4, 2030');

      const [bib] = await Promise.all([page.waitForEvent('download'), box.getByRole('link', { name: 'BibTeX citation' }).click()]);
      expect(bib.suggestedFilename()).toBe('art-and-public-health.bib');
      const bibText = readFileSync((await bib.path())!, 'utf8');
      expect(bibText).toContain('urldate = {2030-02-04},');
      expect(bibText).toContain(`url = {${artCited}},`);

      const [risFile] = await Promise.all([page.waitForEvent('download'), box.getByRole('link', { name: 'RIS citation' }).click()]);
      expect(readFileSync((await risFile.path())!, 'utf8')).toContain('Y2  - 2030/02/04\r\n');
    });
  });

  test('stage pages offer the same, and a short link under each step', async ({ page }) => {
    await page.goto('/stages/build-the-alliance/');
    // The anchor is on the step's heading; the step is the list item around it.
    const step = page.locator('li', { has: page.locator('#step-map-stakeholders') });
    await expect(step).toContainText(`Short link to this step: ${SITE}/r/${stepCode}/`);
    await step.getByRole('button', { name: 'Copy link to step 1' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/r/${stepCode}/`);
    await expect(page.getByRole('region', { name: 'Link and cite' })).toContainText(
      'Alliance Pathways. (n.d.). Stage 3: Build the alliance [Stage guidance].',
    );
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('links and citation are plain text, the downloads are static files, no dead buttons', async ({ page, request }) => {
    await page.goto('/resources/art-and-public-health/');
    const box = page.getByRole('region', { name: 'Link and cite' });
    await expect(box).toContainText(`${SITE}/r/${resourceCode}/`);
    await expect(box).toContainText(/Retrieved \w+ \d+, \d{4}, from/);
    // Buttons outside a working form would be dead without JavaScript (the header search form still submits).
    await expect(page.locator('main').getByRole('button')).toHaveCount(0);
    const href = await box.getByRole('link', { name: 'RIS citation' }).getAttribute('href');
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain(`UR  - ${artCited}`);
  });

  test('the list page explains that lists need JavaScript and offers other ways', async ({ page }) => {
    await page.goto('/lists/?ids=art-and-public-health');
    await expect(page.getByText('Lists are put together in your browser and need JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the stages' }).first()).toBeVisible();
    // Buttons outside a working form would be dead without JavaScript (the header search form still submits).
    await expect(page.locator('main').getByRole('button')).toHaveCount(0);
  });
});

async function listTitles(page: Page): Promise<string[]> {
  return page.locator('[data-list-items] h3').allTextContents();
}

test.describe('trainer lists', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('pick while browsing, share the address, open it elsewhere, edit, print', async ({ page, browser }) => {
    const errors = collectErrors(page);
    await page.goto('/types/guide/');
    const cards = page.locator('main article');
    const first = (await cards.nth(0).getByRole('heading').textContent())!.trim();
    const second = (await cards.nth(1).getByRole('heading').textContent())!.trim();
    await cards
      .nth(0)
      .getByRole('button', { name: /Add to my list/ })
      .click();
    await expect(cards.nth(0).locator('[data-list-status]')).toHaveText('Added to your list. It has 1 resource.');
    // One shared live region says it to screen readers (not one per card).
    await expect(page.locator('#trainer-list-announcer')).toHaveText('Added to your list. It has 1 resource.');
    await expect(page.getByRole('status')).toHaveCount(1);
    await expect(cards.nth(0).getByRole('button', { name: /Remove from my list/ })).toBeVisible();
    await cards
      .nth(1)
      .getByRole('button', { name: /Add to my list/ })
      .click();
    await expect(cards.nth(1).locator('[data-list-status]')).toHaveText('Added to your list. It has 2 resources.');
    await expect(page.locator('#trainer-list-announcer')).toHaveText('Added to your list. It has 2 resources.');
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My list' }).click();
    await expect.poll(() => listTitles(page)).toEqual([first, second]);
    // The list's address uses the entries' short codes: short enough to type from a handout.
    await expect(page).toHaveURL(/\/lists\/\?r=[a-z0-9]{4},[a-z0-9]{4}$/);
    await page.getByLabel('Handout title').fill('Week 1: partners');
    await expect(page.getByRole('heading', { level: 2, name: 'Week 1: partners' })).toBeVisible();
    await expect(page).toHaveURL(/&title=Week%201%3A%20partners$/);
    await expect(page.locator('[data-list-items] svg[role="img"]')).toHaveCount(2);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Copy address of this list' }).click();
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(page.url());

    // Someone else opens the shared address: no storage, same list.
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await colleague.goto(shared);
    await expect.poll(() => listTitles(colleague)).toEqual([first, second]);
    await expect(colleague.getByRole('heading', { level: 2, name: 'Week 1: partners' })).toBeVisible();
    await colleague
      .locator('[data-list-items] li')
      .filter({ hasText: first })
      .getByRole('button', { name: /^Remove\W+\w/ })
      .click();
    await expect.poll(() => listTitles(colleague)).toEqual([second]);
    await expect(colleague.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(`Removed “${first}”. 1 left.`);
    await expect(colleague).toHaveURL(/\?r=[a-z0-9]{4}&title=/);

    // The handout: just the list, each entry with its short link and QR code.
    await colleague.emulateMedia({ media: 'print' });
    await expect(colleague.locator('body > header')).toBeHidden();
    await expect(colleague.getByRole('button', { name: 'Print handout' })).toBeHidden();
    await expect(colleague.getByRole('button', { name: /Remove/ })).toBeHidden();
    await expect(colleague.locator('[data-list-items] li')).toContainText(
      /Link: https:\/\/alliance-pathways\.example\.org\/r\/[a-z0-9]{4}\//,
    );
    await expect(colleague.locator('svg[role="img"]')).toHaveCount(2); // the entry and the list's own address
    await other.close();
    expect(unexpected(errors)).toEqual([]);
  });

  test('hostile list addresses are dropped or shown as text, never run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const title = '<img src=x onerror=alert(1)>';
    await page.goto(
      `/lists/?ids=${encodeURIComponent('<script>alert(1)</script>')},art-and-public-health,no-such-entry,..%2F..%2Fetc&title=${encodeURIComponent(title)}`,
    );
    await expect.poll(() => listTitles(page)).toEqual(['Art and Public Health']);
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(page.locator('trainer-list img')).toHaveCount(0);
    await expect(page.getByText('1 entry was not found in the catalogue and left out.')).toBeVisible();
    // The long form (?ids=) is still accepted; the page rewrites it to the short form.
    await expect(page).toHaveURL(/\?r=[a-z0-9]{4}&title=/);
    expect(dialogs).toEqual([]);
  });

  test('an empty list says how to start one', async ({ page }) => {
    await page.goto('/lists/');
    await expect(page.getByText('Your list is empty.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

const pages = [
  ['linking', '/about/linking/'],
  ['open data', '/data/'],
  ['list with entries', '/lists/?ids=art-and-public-health,invest-health,projeto-familia-social-impact-bond'],
  ['resource', '/resources/projeto-familia-social-impact-bond/'],
  ['stage', '/stages/build-the-alliance/'],
] as const;

for (const [name, path] of pages) {
  test(`${name} page: zero axe violations and nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    if (path.startsWith('/lists/')) await expect(page.locator('[data-list-items] li')).toHaveCount(3);
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);
  });
}

test('the linking page shows working examples of each kind of link', async ({ page, request }) => {
  await page.goto('/about/linking/');
  for (const id of ['resource', 'short-links', 'steps', 'filtered-views', 'search', 'cite', 'lists']) {
    await expect(page.locator(`h2#${id}`)).toBeVisible();
  }
  await expect(page.getByText(`${SITE}/resources/?type=webinar&stage=build-the-alliance`)).toBeVisible();
  await expect(page.getByText(`${SITE}/search/?q=housing`)).toBeVisible();
  for (const link of await page.locator('main a[href^="/"]').all()) {
    const href = (await link.getAttribute('href'))!;
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('open data downloads are served and parse', async ({ request }) => {
  const json = await (await request.get('/data/resources.json')).json();
  expect(json.count).toBe(json.resources.length);
  const csv = await (await request.get('/data/resources.csv')).text();
  expect(csv.split('\r\n')[0]).toContain('id,permalink,shortLink,type,title');
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});
