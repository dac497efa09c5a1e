/**
 * Results rows and filters as a person meets them, at a desk (1280×800) and on a phone (390×844).
 * Rules, not today's content: every visible row shows its type and a link status, a filtered list
 * equals the entries matching the rule worked out here from the data, zero-count values cannot be
 * ticked. The phone task counts the steps a person takes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { content } from '../helpers/real-content';
import type { ResourceData } from '../../src/schemas/resource';
import { RESOURCE_TYPE_TERMS } from '../../src/lib/model/vocabularies';

const entries = content.resources;
const byId = new Map(entries.map((entry) => [entry.id, entry.data]));
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const idOf = (href: string | null) => /\/resources\/([^/]+)\/$/.exec(href ?? '')?.[1] ?? '';
const visibleRows = (page: Page) => page.locator('[data-browse-results] li:visible [data-resource-row]');
const box = (scope: Page | Locator, facetName: string, label: string) =>
  scope.getByRole('group', { name: facetName, exact: true }).getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+\\)$`) });

/** How many rows lie wholly inside the viewport once the first one is scrolled to the top (below any sticky bar). */
async function rowsInView(page: Page, rows: Locator): Promise<number> {
  await rows.first().evaluate((row) => row.scrollIntoView({ block: 'start' }));
  return rows.evaluateAll(
    (all) =>
      all.filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      }).length,
  );
}

test('every row shows its type, the stated facts and whether there is a link, in one short row', async ({ page }) => {
  await page.setViewportSize(DESK);
  await page.goto('/resources/');
  const rows = visibleRows(page);
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const row = rows.nth(index);
    // Rows off screen skip rendering (content-visibility): bring each into view before measuring it.
    await row.scrollIntoViewIfNeeded();
    const id = idOf(await row.getByRole('heading').getByRole('link').getAttribute('href'));
    const data = byId.get(id) as ResourceData;
    const meta = ((await row.locator('[data-row-meta]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    expect(meta.startsWith(`${RESOURCE_TYPE_TERMS[data.type].label} · `), meta).toBe(true);
    expect(meta.endsWith(data.url ? ' · link' : ' · no link yet'), meta).toBe(true);
    if (data.year !== undefined) expect(meta).toContain(String(data.year));
    if (data.publisher && !data.publisherInferred) expect(meta).toContain(data.publisher);
    // One line of summary on screen (the whole summary stays in the markup).
    const summary = row.locator('[data-row-summary]');
    await expect(summary).toHaveText(data.summary);
    const lineHeight = await summary.evaluate((element) => Number.parseFloat(getComputedStyle(element).lineHeight));
    expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(lineHeight * 1.5);
  }
});

test('at least 6 results in one desk screen and 3 in one phone screen', async ({ page }) => {
  await page.setViewportSize(DESK);
  await page.goto('/resources/');
  expect(await rowsInView(page, visibleRows(page))).toBeGreaterThanOrEqual(Math.min(6, await visibleRows(page).count()));
  await page.setViewportSize(PHONE);
  await page.goto('/resources/');
  expect(await rowsInView(page, visibleRows(page))).toBeGreaterThanOrEqual(Math.min(3, await visibleRows(page).count()));
});

test('at a desk the count and the chips stay in view while a filter low in the list changes', async ({ page }) => {
  await page.setViewportSize(DESK);
  await page.goto('/resources/');
  await page.locator('details[data-facet="year"] summary').click();
  const lowest = page.locator('details[data-facet="year"] input[type="checkbox"]:not(:disabled)').last();
  await lowest.scrollIntoViewIfNeeded();
  await lowest.check();
  const status = page.getByRole('status');
  await expect(status).toContainText(/Showing \d+ of \d+ resources\./);
  await expect(status).toBeInViewport();
  await expect(page.getByRole('list', { name: /Filters in use/ }).getByRole('button')).toBeInViewport();
});

test('values that would give nothing are disabled, yet a link that asks for one still works', async ({ page }) => {
  await page.setViewportSize(DESK);
  await page.goto('/resources/?type=podcast');
  const counts = await page.locator('[data-browse-form] input[type="checkbox"]').evaluateAll((boxes) =>
    boxes.map((input) => {
      const box = input as HTMLInputElement;
      return { disabled: box.disabled, checked: box.checked, count: box.labels?.[0]?.querySelector('[data-count]')?.textContent ?? '' };
    }),
  );
  expect(counts.some((item) => item.count === '(0)')).toBe(true);
  for (const item of counts) expect(item.disabled).toBe(item.count === '(0)' && !item.checked);

  // A linked address that asks for an empty combination is honoured and says so.
  await page.goto('/resources/?type=podcast&place=portugal');
  await expect(page.getByRole('status')).toHaveText('No resources match these filters.');
  await expect(box(page, 'Type', 'Podcasts')).toBeChecked();
});

test('facets that some entries leave empty say how many do not state them', async ({ page }) => {
  await page.goto('/resources/');
  const noFormat = entries.filter((entry) => entry.data.format === undefined).length;
  const note = page.locator('details[data-facet="format"] [data-not-stated]');
  if (noFormat === 0) await expect(note).toBeEmpty();
  else await expect(note).toHaveText(`Not stated for ${noFormat} ${noFormat === 1 ? 'resource' : 'resources'}.`);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the page opens on results, and the filters open in a dialog that closes onto them', async ({ page }) => {
    await page.goto('/resources/');
    await expect(visibleRows(page).first()).toBeInViewport();
    await expect(page.locator('[data-browse-form]')).toBeHidden();
    await page.getByRole('button', { name: 'Choose filters' }).click();
    const dialog = page.getByRole('dialog', { name: 'Filters' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Choose filters' })).toBeFocused();
  });

  test('task: find resources under 60 minutes for stage 3 about housing, counting the steps', async ({ page }) => {
    const errors = collectErrors(page);
    let steps = 0;
    const step = async (action: Promise<unknown>) => {
      await action;
      steps += 1;
    };
    await step(page.goto('/resources/'));
    await step(page.getByRole('button', { name: 'Choose filters' }).click());
    const dialog = page.getByRole('dialog', { name: 'Filters' });
    await step(box(dialog, 'Stage', '3. Build the alliance').check());
    await step(dialog.locator('details[data-facet="topic"] summary').click());
    await step(box(dialog, 'Topic', 'Housing and neighbourhoods').check());
    await step(dialog.locator('details[data-facet="time"] summary').click());
    const short = ['under-30-minutes', '30-to-60-minutes'];
    for (const label of ['Under 30 minutes', '30 minutes to an hour']) {
      const option = box(dialog, 'Time needed', label);
      // A value that would give nothing is disabled: it cannot be ticked, and need not be.
      if (await option.isEnabled()) await step(option.check());
    }
    const done = dialog.getByRole('button', { name: /^Show \d+ results?$/ });
    const shown = Number(/\d+/.exec((await done.textContent()) ?? '')?.[0]);
    await step(done.click());
    await expect(dialog).toBeHidden();

    const rule = (data: ResourceData) =>
      data.stages.includes('build-the-alliance') &&
      data.topics.includes('housing-and-neighbourhoods') &&
      'durationMinutes' in data &&
      data.durationMinutes !== undefined &&
      data.durationMinutes <= 60;
    const expected = entries
      .filter((entry) => rule(entry.data))
      .map((entry) => entry.id)
      .sort();
    const stageAndTopic = entries.filter(
      (e) => e.data.stages.includes('build-the-alliance') && e.data.topics.includes('housing-and-neighbourhoods'),
    );
    const listed = await visibleRows(page)
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // With no short resource at all, no time value could be ticked: the list is stage 3 and housing alone.
    const anyShort = entries.some((entry) => rule(entry.data));
    expect(listed.map(idOf).sort()).toEqual(anyShort ? expected : stageAndTopic.map((e) => e.id).sort());
    expect(shown).toBe(listed.length);
    await expect(page.getByRole('heading', { name: 'Resources', exact: true })).toBeFocused();
    if (anyShort) {
      // The address holds the time values ticked, and every listed row says how long it takes.
      expect(short.some((value) => page.url().includes(`time=${value}`))).toBe(true);
      for (const row of await visibleRows(page).all()) await expect(row.locator('[data-row-meta]')).toContainText(/minute|hour/);
    }
    test.info().annotations.push({ type: 'steps', description: String(steps) });
    console.log(`phone task steps: ${steps}`);
    expect(errors).toEqual([]);
  });
});
