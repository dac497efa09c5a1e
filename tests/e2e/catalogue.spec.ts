import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, scrollsSideways } from './helpers';
import { content } from '../helpers/real-content';
import { humanDate } from '../../src/lib/catalogue/format';

test('a person goes home → a type → a resource and finds what they expect', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('cross-sector health alliances');

  await page.getByRole('link', { name: /^Podcasts \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/types\/podcast\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Podcasts');

  await page.getByRole('link', { name: 'Art and Public Health' }).click();
  await expect(page).toHaveURL(/\/resources\/art-and-public-health\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Art and Public Health');
  const facts = page.getByRole('table');
  await expect(facts.getByRole('row', { name: /Type\s+Podcast/ })).toBeVisible();
  await expect(facts.getByRole('row', { name: /Time needed\s+About 40 minutes/ })).toBeVisible();
  // The seed filed it under webinars: the provenance keeps that.
  await expect(page.getByRole('region', { name: 'Provenance' })).toContainText('Webinars');
  const outbound = page.getByRole('link', { name: /Open the resource/ });
  await expect(outbound).toHaveAttribute('href', /^https:\/\//);
  await expect(outbound).toHaveAttribute('rel', /noopener/);

  await page
    .getByRole('link', { name: /Build the alliance/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/stages\/build-the-alliance\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build the alliance');
  expect(errors).toEqual([]);
});

test('a resource without a verified link says why instead of linking', async ({ page }) => {
  const entry = content.resources.find((candidate) => !candidate.data.url && candidate.data.linkNote && !candidate.data.publisherSite);
  expect(entry).toBeDefined();
  await page.goto(`/resources/${entry!.id}/`);
  await expect(page.getByRole('link', { name: /^Open (the resource|the publisher’s page|it by its DOI)/ })).toHaveCount(0);
  await expect(page.getByText(entry!.data.linkNote!)).toBeVisible();
});

test('a reader who finds no link can search the publisher’s own site for the title', async ({ page }) => {
  const entry = content.resources.find((candidate) => !candidate.data.url && candidate.data.publisherSite);
  expect(entry).toBeDefined();
  await page.goto(`/resources/${entry!.id}/`);
  const search = page.getByRole('link', { name: new RegExp(`Search ${entry!.data.publisherSite!.replaceAll('.', '\\.')} for the title`) });
  const href = new URL((await search.getAttribute('href'))!);
  expect(href.searchParams.get('q')).toBe(`site:${entry!.data.publisherSite} "${entry!.data.title}"`);
});

test('a linked resource opens it from the top of its page and says when the link was checked', async ({ page }) => {
  const entry = content.resources.find((candidate) => candidate.data.url && candidate.data.lastChecked && !candidate.data.linkKind);
  expect(entry).toBeDefined();
  await page.goto(`/resources/${entry!.id}/`);
  const open = page.getByRole('link', { name: /Open the resource/ });
  await expect(open).toHaveAttribute('href', entry!.data.url!);
  await expect(page.getByText(/^Link checked/)).toContainText(humanDate(entry!.data.lastChecked!));
  // The link comes before the facts, and the facts before the description.
  const top = async (locator: import('@playwright/test').Locator) => (await locator.boundingBox())!.y;
  expect(await top(open)).toBeLessThan(await top(page.getByRole('heading', { name: 'Facts' })));
});

test('a link to a publisher’s page that only names the resource is labelled as such', async ({ page }) => {
  const entry = content.resources.find((candidate) => candidate.data.linkKind === 'publisher-page');
  expect(entry).toBeDefined();
  await page.goto(`/resources/${entry!.id}/`);
  await expect(page.getByRole('link', { name: /Open the publisher’s page about it/ })).toHaveAttribute('href', entry!.data.url!);
  await expect(page.getByText(/names and links the resource/)).toBeVisible();
});

test('a corrected title keeps the original wording in a collapsed “How we catalogued this” detail', async ({ page }) => {
  const entry = content.resources.find(
    (candidate) =>
      candidate.data.source.kind === 'seed' &&
      candidate.data.source.title !== candidate.data.title &&
      candidate.data.source.notes.length > 0,
  );
  expect(entry).toBeDefined();
  const source = entry!.data.source as { title: string; notes: string[] };
  await page.goto(`/resources/${entry!.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry!.data.title);
  const provenance = page.getByRole('region', { name: 'Provenance' });
  const original = provenance.getByText(source.title, { exact: true });
  // Collapsed at first: the original wording is not body text.
  await expect(original).toBeHidden();
  await provenance.getByText('How we catalogued this').click();
  await expect(original).toBeVisible();
  await expect(provenance.getByText(source.notes[0]!)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('stage pages link to the previous and next stage', async ({ page }) => {
  await page.goto('/stages/align-value/');
  const stages = page.getByRole('navigation', { name: 'Stages' });
  await expect(stages.getByRole('link', { name: /Stage 3: Build the alliance/ })).toHaveAttribute(
    'href',
    /\/stages\/build-the-alliance\/$/,
  );
  await expect(stages.getByRole('link', { name: /Stage 5: Organise/ })).toHaveAttribute('href', /\/stages\/organise-and-govern\/$/);
});

test('an unknown address shows the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/resources/no-such-thing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'Browse resources by type' })).toBeVisible();
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/types/guide/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

const templates = [
  ['home', '/'],
  ['types index', '/types/'],
  ['type', '/types/webinar/'],
  ['stages index', '/stages/'],
  ['stage', '/stages/build-the-alliance/'],
  ['resource with link', '/resources/art-and-public-health/'],
  ['resource with places', '/resources/projeto-familia-social-impact-bond/'],
  ['about', '/about/'],
  ['not found', '/no-such-page/'],
] as const;

for (const [name, path] of templates) {
  test(`${name} page: zero axe violations (WCAG 2.2 AA)`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });

  test(`${name} page: nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    expect(await scrollsSideways(page)).toBe(false);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page template still shows its content and links', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Case studies \(\d+\)$/ }).click();
    await page.getByRole('link', { name: 'Projeto Família Social Impact Bond' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projeto Família Social Impact Bond');
    await expect(page.getByRole('table').getByRole('row', { name: /Place\s+Porto, Portugal/ })).toBeVisible();
  });
});
