/**
 * Browsing the whole catalogue at /resources/: what a person sees and does, checked against what the
 * content implies. Expected results are worked out here from the raw entries with plain predicates,
 * not with the functions the page uses.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, scrollsSideways } from './helpers';
import { content } from '../helpers/real-content';
import type { ResourceData } from '../../src/schemas/resource';
import { sortByTitle } from '../../src/lib/catalogue/catalogue';
import { LIST_PAGE_SIZE } from '../../src/lib/catalogue/list-pages';
import { decodeBrowseIndex, encodeBrowseIndex, type BrowseIndexFile } from '../../src/lib/catalogue/browse-index';

const entries = content.resources;
const total = entries.length;
type Predicate = (data: ResourceData) => boolean;
const idsWhere = (predicate: Predicate) =>
  entries
    .filter((entry) => predicate(entry.data))
    .map((entry) => entry.id)
    .sort();
const countWhere = (predicate: Predicate) => idsWhere(predicate).length;

/** The status line of the whole catalogue: on the static first page, and listed from the browse index (100 rows at a time). */
const staticAll =
  total <= LIST_PAGE_SIZE
    ? `Showing all ${total} resources.`
    : `${total} resources. Page 1 of ${Math.ceil(total / LIST_PAGE_SIZE)} lists entries 1 to ${LIST_PAGE_SIZE} of ${total}.`;
const liveAll = total <= 100 ? `Showing all ${total} resources.` : `${total} resources. Showing the first 100.`;
const titleOrder = sortByTitle(entries).map((entry) => entry.id);

const placesOf = (data: ResourceData) => ('places' in data ? data.places : []);
const webinarOrTraining: Predicate = (data) => data.type === 'webinar' || data.type === 'training';
const stage3: Predicate = (data) => data.stages.includes('build-the-alliance');
const equity: Predicate = (data) => data.topics.includes('health-equity');

/** Ids of the resources the page shows, in the order shown. */
async function shownIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('[data-browse-results] li:visible h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => /\/resources\/([^/]+)\/$/.exec(href)?.[1] ?? href);
}

const facet = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const box = (page: Page, facetName: string, label: string) =>
  facet(page, facetName).getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+\\)$`) });
/** The count shown next to a value, as a number. */
async function countOf(checkbox: Locator): Promise<number> {
  const label = await checkbox.evaluate(
    (input) => (input as HTMLInputElement).labels?.[0]?.querySelector('[data-count]')?.textContent ?? '',
  );
  return Number(/\((\d+)\)/.exec(label)?.[1] ?? Number.NaN);
}
/** Opens a facet's collapsible group by clicking its summary, unless it is open already. */
async function openFacet(page: Page, key: string) {
  const details = page.locator(`details[data-facet="${key}"]`);
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
}
const status = (page: Page) => page.getByRole('status');

test('several facets at once give exactly the entries and counts the data implies', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/resources/');
  await expect(status(page)).toHaveText(staticAll);

  await box(page, 'Type', 'Webinars').check();
  await box(page, 'Type', 'Trainings').check();
  await box(page, 'Stage', '3. Build the alliance').check();
  await openFacet(page, 'topic');
  await box(page, 'Topic', 'Health equity').check();

  const all = (data: ResourceData) => webinarOrTraining(data) && stage3(data) && equity(data);
  const expected = idsWhere(all);
  expect(expected.length).toBeGreaterThan(0);
  expect((await shownIds(page)).sort()).toEqual(expected);
  await expect(status(page)).toHaveText(`Showing ${expected.length} of ${total} resources.`);
  await expect(page).toHaveURL(/\/resources\/\?type=training&type=webinar&stage=build-the-alliance&topic=health-equity$/);

  // Each count is what ticking that value would give: the other facets' filters plus this value.
  const withoutType = (type: string) => countWhere((d) => d.type === type && stage3(d) && equity(d));
  expect(await countOf(box(page, 'Type', 'Webinars'))).toBe(withoutType('webinar'));
  expect(await countOf(box(page, 'Type', 'Guides'))).toBe(withoutType('guide'));
  expect(await countOf(box(page, 'Type', 'Case studies'))).toBe(withoutType('case-study'));
  expect(await countOf(box(page, 'Stage', '1. Get ready'))).toBe(
    countWhere((d) => webinarOrTraining(d) && d.stages.includes('get-ready') && equity(d)),
  );
  expect(await countOf(box(page, 'Topic', 'Leadership'))).toBe(
    countWhere((d) => webinarOrTraining(d) && stage3(d) && d.topics.includes('leadership')),
  );
  await openFacet(page, 'sector');
  expect(await countOf(box(page, 'Sector', 'Public health'))).toBe(countWhere((d) => all(d) && d.sectors.includes('public-health')));
  await openFacet(page, 'time');
  expect(await countOf(box(page, 'Time needed', '30 minutes to an hour'))).toBe(
    countWhere(
      (d) => all(d) && 'durationMinutes' in d && d.durationMinutes !== undefined && d.durationMinutes >= 30 && d.durationMinutes <= 60,
    ),
  );
  expect(errors).toEqual([]);
});

test('place and year facets follow the entries’ places and years', async ({ page }) => {
  await page.goto('/resources/?place=california-united-states&year=not-stated');
  const inCalifornia = (d: ResourceData) =>
    placesOf(d).some((place) => place.region === 'California' || (place.name === 'California' && place.country === 'United States'));
  const expected = idsWhere((d) => inCalifornia(d) && d.year === undefined);
  expect(expected.length).toBeGreaterThan(0);
  expect((await shownIds(page)).sort()).toEqual(expected);
  expect(await countOf(box(page, 'Place', 'United States'))).toBe(
    countWhere((d) => placesOf(d).some((place) => place.country === 'United States') && d.year === undefined),
  );
});

test('the address round-trips: a pasted URL restores filters, sort and results, and survives reload', async ({ page }) => {
  const address = '/resources/?stage=align-value&sector=finance&sector=philanthropy&sort=year';
  await page.goto(address);
  const expected = idsWhere(
    (d) => d.stages.includes('align-value') && (d.sectors.includes('finance') || d.sectors.includes('philanthropy')),
  );
  const check = async () => {
    await expect(box(page, 'Stage', '4. Align value, incentives and risk')).toBeChecked();
    await expect(box(page, 'Sector', 'Finance')).toBeChecked();
    await expect(box(page, 'Sector', 'Philanthropy')).toBeChecked();
    await expect(page.getByLabel('Sort by')).toHaveValue('year');
    expect((await shownIds(page)).sort()).toEqual(expected);
    await expect(page).toHaveURL(address);
  };
  await check();
  await page.reload();
  await check();
  // The page's own controls write the same address a person could paste.
  await page.goto('/resources/');
  await box(page, 'Stage', '4. Align value, incentives and risk').check();
  await openFacet(page, 'sector');
  await box(page, 'Sector', 'Philanthropy').check();
  await box(page, 'Sector', 'Finance').check();
  await page.getByLabel('Sort by').selectOption('year');
  await expect(page).toHaveURL(address);
});

test('sorting by year and by newest added reorders the list', async ({ page }) => {
  await page.goto('/resources/');
  expect(await shownIds(page)).toEqual(titleOrder.slice(0, LIST_PAGE_SIZE));
  await page.getByLabel('Sort by').selectOption('year');
  await expect(page).toHaveURL(/\?sort=year$/);
  const yearOf = new Map(entries.map((entry) => [entry.id, entry.data.year ?? -1]));
  const byYear = [...titleOrder].sort((a, b) => yearOf.get(b)! - yearOf.get(a)!); // stable: ties stay in title order
  await expect.poll(() => shownIds(page)).toEqual(byYear.slice(0, 100));
  await page.getByLabel('Sort by').selectOption('added');
  const addedOf = new Map(entries.map((entry) => [entry.id, entry.data.added.getTime()]));
  await expect.poll(() => shownIds(page)).toEqual([...titleOrder].sort((a, b) => addedOf.get(b)! - addedOf.get(a)!).slice(0, 100));
  await page.getByLabel('Sort by').selectOption('title');
  await expect.poll(() => shownIds(page)).toEqual(titleOrder.slice(0, LIST_PAGE_SIZE));
  await expect(page).toHaveURL(/\/resources\/$/);
});

test('back and forward restore each earlier state', async ({ page }) => {
  await page.goto('/resources/');
  await box(page, 'Type', 'Guides').check();
  await expect(page).toHaveURL(/\?type=guide$/);
  await box(page, 'Stage', '1. Get ready').check();
  await expect(page).toHaveURL(/\?type=guide&stage=get-ready$/);
  const guides = idsWhere((d) => d.type === 'guide');

  await page.goBack();
  await expect(page).toHaveURL(/\?type=guide$/);
  await expect(box(page, 'Stage', '1. Get ready')).not.toBeChecked();
  await expect(box(page, 'Type', 'Guides')).toBeChecked();
  expect((await shownIds(page)).sort()).toEqual(guides);
  await expect(status(page)).toHaveText(`Showing ${guides.length} of ${total} resources.`);

  await page.goBack();
  await expect(page).toHaveURL(/\/resources\/$/);
  await expect(box(page, 'Type', 'Guides')).not.toBeChecked();
  await expect(status(page)).toHaveText(staticAll);

  await page.goForward();
  await expect(page).toHaveURL(/\?type=guide$/);
  await expect(box(page, 'Type', 'Guides')).toBeChecked();
  expect((await shownIds(page)).sort()).toEqual(guides);
});

test('unknown and hostile query values are dropped, never rendered', async ({ page }) => {
  const errors = collectErrors(page);
  let dialog = false;
  page.on('dialog', async (opened) => {
    dialog = true;
    await opened.dismiss();
  });
  const hostile =
    '/resources/?type=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&type=webinar&stage=%22%3E%3Csvg%20onload%3Dalert(1)%3E' +
    '&sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E&colour=red&year=1066';
  await page.goto(hostile);
  await expect(page).toHaveURL(/\/resources\/\?type=webinar$/);
  expect((await shownIds(page)).sort()).toEqual(idsWhere((d) => d.type === 'webinar'));
  const html = await page.content();
  expect(html).not.toContain('onerror');
  expect(html).not.toContain('onload=alert');
  expect(html).not.toContain('1066');
  expect(dialog).toBe(false);
  expect(errors).toEqual([]);
});

test('an empty result says so and one click brings everything back', async ({ page }) => {
  // Podcasts are never about a place, so this combination is empty.
  expect(countWhere((d) => d.type === 'podcast' && placesOf(d).some((place) => place.country === 'Portugal'))).toBe(0);
  await page.goto('/resources/?type=podcast&place=portugal');
  await expect(status(page)).toHaveText('No resources match these filters.');
  const empty = page.locator('[data-browse-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('No resource matches all of the filters you chose');
  expect(await shownIds(page)).toEqual([]);
  await expectNoAxeViolations(page);

  await empty.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/resources\/$/);
  await expect(status(page)).toHaveText(staticAll);
  await expect(empty).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Resources', exact: true })).toBeFocused();
  expect(await shownIds(page)).toHaveLength(Math.min(total, LIST_PAGE_SIZE));
});

test('“clear all” resets every filter but keeps the sort, and chips remove one filter each', async ({ page }) => {
  await page.goto('/resources/?type=webinar&type=guide&stage=get-ready&sort=year');
  const chips = page.getByRole('list', { name: /Filters in use/ });
  await expect(chips.getByRole('button')).toHaveText(['Remove Type: Guides ×', 'Remove Type: Webinars ×', 'Remove Stage: 1. Get ready ×']);
  await chips.getByRole('button', { name: 'Remove Type: Guides' }).click();
  await expect(page).toHaveURL(/\?type=webinar&stage=get-ready&sort=year$/);
  await expect(box(page, 'Type', 'Guides')).not.toBeChecked();
  // Focus moves to the next chip rather than being lost.
  await expect(chips.getByRole('button', { name: 'Remove Type: Webinars' })).toBeFocused();

  await page.getByRole('link', { name: 'Clear all filters' }).first().click();
  await expect(page).toHaveURL(/\/resources\/\?sort=year$/);
  await expect(chips).toBeHidden();
  await expect(status(page)).toHaveText(liveAll);
  await expect(page.getByRole('link', { name: 'Clear all filters' })).toHaveCount(0);
});

test('a row listed from the browse index reads as the static row of the same entry: title, address, facts line, link status, list button', async ({
  page,
}) => {
  /** Each visible row of the list, by entry id: what a person reads and where the row leads. */
  const rows = (selector: string) =>
    page.locator(`${selector} li:visible article`).evaluateAll((articles) =>
      articles.map((article) => ({
        href: article.querySelector('h3 a')?.getAttribute('href') ?? '',
        title: article.querySelector('h3 a')?.textContent ?? '',
        meta: (article.querySelector('[data-row-meta]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        status: article.querySelector('[data-link-status]')?.getAttribute('data-link-status') ?? '',
        toggle: article.querySelector('list-toggle')?.getAttribute('data-id') ?? '',
      })),
    );
  await page.goto('/resources/');
  const fromPage = await rows('[data-browse-static-list]');
  expect(fromPage.length).toBe(Math.min(total, LIST_PAGE_SIZE));
  // Sorting by year lists from the index, in another order than the static page's.
  await page.getByLabel('Sort by').selectOption('year');
  await expect(status(page)).toHaveText(liveAll);
  const fromIndex = new Map((await rows('[data-browse-live]')).map((row) => [row.href, row]));
  for (const row of fromPage) expect(fromIndex.get(row.href), row.href).toEqual(row);
});

test('a long result lists the first 100 and “Show 100 more” adds the next, moving focus to them', async ({ page }) => {
  // Serve a browse index with each entry repeated six times (276 items), as a bigger catalogue would be.
  const copies = 6;
  await page.route(/\/browse\/[0-9a-f]+\.json$/, async (route) => {
    const file = (await (await route.fetch()).json()) as BrowseIndexFile;
    // Decoded, repeated and encoded again by the build's own functions.
    const items = Array.from({ length: copies }, () => decodeBrowseIndex(file))
      .flat()
      .map((item, titleRank) => ({ ...item, titleRank, row: item }));
    const labels = new Map(file.vocabulary.type.map((type, code) => [type, file.typeLabels[code] ?? type]));
    const index = encodeBrowseIndex(items, file.vocabulary, (type) => labels.get(type) ?? type);
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(index) });
  });
  const size = total * copies;
  await page.goto('/resources/');
  await page.getByLabel('Sort by').selectOption('added');
  const listed = page.locator('[data-browse-results] li:visible');
  await expect(status(page)).toHaveText(`${size} resources. Showing the first 100.`);
  await expect(listed).toHaveCount(100);

  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await expect(status(page)).toHaveText(`${size} resources. Showing the first 200.`);
  await expect(listed).toHaveCount(200);
  await expect(listed.nth(100).locator('h3 a')).toBeFocused();

  // A new filter starts from the top again; a short result is listed whole, without the button.
  await box(page, 'Type', 'Webinars').check();
  const webinars = countWhere((d) => d.type === 'webinar') * copies;
  await expect(status(page)).toHaveText(`Showing ${webinars} of ${size} resources.`);
  await expect(listed).toHaveCount(webinars);
  await expect(page.getByRole('button', { name: 'Show 100 more' })).toBeHidden();
  await box(page, 'Type', 'Webinars').uncheck();
  await expect(listed).toHaveCount(100);
});

test('a row listed again after other filters adds to “my list” once', async ({ page }) => {
  // Rows are kept and listed again when a filter brings them back; their list buttons must still act once per click.
  await page.goto('/resources/');
  const webinarsShown = `Showing ${countWhere((d) => d.type === 'webinar')} of ${total} resources.`;
  await box(page, 'Type', 'Webinars').check();
  await expect(status(page)).toHaveText(webinarsShown);
  await box(page, 'Type', 'Webinars').uncheck();
  await box(page, 'Type', 'Guides').check();
  await expect(status(page)).toHaveText(`Showing ${countWhere((d) => d.type === 'guide')} of ${total} resources.`);
  await box(page, 'Type', 'Guides').uncheck();
  await box(page, 'Type', 'Webinars').check();
  await expect(status(page)).toHaveText(webinarsShown);

  const row = page.locator('[data-browse-rows] > li').first();
  await row.getByRole('button', { name: /Add to my list/ }).click();
  await expect(row.getByRole('button', { name: /Remove from my list/ })).toBeVisible();
  await expect(row.locator('[data-list-status]')).toHaveText('Added to your list. It has 1 resource.');
});

/** Presses Tab until the locator has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('everything works from the keyboard alone', async ({ page }) => {
  await page.goto('/resources/');
  await tabTo(page, box(page, 'Type', 'Webinars'));
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?type=webinar$/);

  const sector = page.locator('details[data-facet="sector"] summary');
  await tabTo(page, sector);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(box(page, 'Sector', 'Public health')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?type=webinar&sector=public-health$/);
  await expect(status(page)).toHaveText(
    `Showing ${countWhere((d) => d.type === 'webinar' && d.sectors.includes('public-health'))} of ${total} resources.`,
  );

  await tabTo(page, page.getByLabel('Sort by'), 300);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/&sort=year$/);

  const chip = page.getByRole('button', { name: 'Remove Type: Webinars' });
  await tabTo(page, chip, 300);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?sector=public-health&sort=year$/);

  const firstResult = page.locator('[data-browse-results] li:visible h3 a').first();
  await tabTo(page, firstResult);
  const href = await firstResult.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test.describe('axe and 320 px with filters applied', () => {
  const states = [
    ['several facets applied', '/resources/?type=webinar&type=training&stage=build-the-alliance&sector=public-health&place=united-states'],
    ['the empty state', '/resources/?type=podcast&place=portugal'],
  ] as const;
  for (const [name, path] of states) {
    test(`${name}: zero axe violations with every facet open`, async ({ page }) => {
      await page.goto(path);
      await page
        .locator('details[data-facet]')
        .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      await expectNoAxeViolations(page);
    });
    test(`${name}: nothing scrolls sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await page
        .locator('details[data-facet]')
        .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await scrollsSideways(page)).toBe(false);
    });
  }

  const pages = [
    ['facet index', '/places/'],
    ['facet value', '/places/california-united-states/'],
    ['time bucket', '/time/not-stated/'],
  ] as const;
  for (const [name, path] of pages) {
    test(`${name} page: zero axe violations, nothing scrolls sideways at 320 px`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await scrollsSideways(page)).toBe(false);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page lists everything, says honestly that combining needs JavaScript, and links each value', async ({ page }) => {
    // Even a shared filtered address shows the whole list, with the note, rather than pretending to filter.
    await page.goto('/resources/?type=webinar');
    await expect(status(page)).toHaveText(staticAll);
    expect(await page.locator('[data-browse-results] li').count()).toBe(Math.min(total, LIST_PAGE_SIZE));
    await expect(page.getByText('Combining filters on this page needs JavaScript')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);

    await page.locator('summary:visible', { hasText: /^Sector$/ }).click();
    await page.getByRole('link', { name: 'Housing', exact: true }).click();
    await expect(page).toHaveURL(/\/sectors\/housing\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Housing');
    const listed = await page.locator('main li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(listed.map((href) => /\/resources\/([^/]+)\/$/.exec(href ?? '')?.[1]).sort()).toEqual(
      idsWhere((d) => d.sectors.includes('housing')),
    );
  });

  test('home → a facet index → a value page, by plain links', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Time needed', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Time needed');
    await page.getByRole('link', { name: '30 minutes to an hour' }).click();
    await expect(page).toHaveURL(/\/time\/30-to-60-minutes\/$/);
    await expect(page.getByText(/^\d+ resources?$/)).toHaveText(
      `${countWhere((d) => 'durationMinutes' in d && d.durationMinutes !== undefined && d.durationMinutes >= 30 && d.durationMinutes <= 60)} resources`,
    );
  });
});

test.describe('when the page script fails to load', () => {
  // A locked-down machine: JavaScript runs, but the enhancement never arrives. (axe needs JavaScript,
  // so this is also how the unenhanced page gets its accessibility check.)
  test.beforeEach(async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
  });

  test('the unenhanced page keeps its links, has zero axe violations and does not scroll sideways at 320 px', async ({ page }) => {
    await page.goto('/resources/?type=webinar');
    await expect(page.getByText('Combining filters on this page needs JavaScript')).toBeVisible();
    await expect(status(page)).toHaveText(staticAll);
    await expect(page.getByRole('link', { name: 'Webinars', exact: true })).toHaveAttribute('href', '/types/webinar/');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
  });
});
