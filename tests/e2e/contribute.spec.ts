import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, scrollsSideways } from './helpers';

test('an editor finds the guide from the footer and reads how to add, import, rename and retire', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'How to add, import and correct entries' }).click();
  await expect(page).toHaveURL(/\/contribute\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keep the catalogue up to date');
  for (const heading of [
    'Add one entry',
    'Import a spreadsheet',
    'Short links',
    'Edit an entry',
    'Rename an entry',
    'Retire an entry',
    'Check before publishing',
    'Preview your changes',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText('npm run import -- resources.csv --dry-run')).toBeVisible();
  await expect(page.getByText('content/redirects.json')).toBeVisible();
  await expect(page.getByText('content/retired.json')).toBeVisible();
  expect(errors).toEqual([]);
  await expectNoAxeViolations(page);
});

test('the guide lists every spreadsheet column and the allowed values, from the same source as the importer', async ({ page }) => {
  await page.goto('/contribute/');
  const columns = page.getByRole('region', { name: 'Spreadsheet columns' });
  for (const column of [
    'type',
    'title',
    'summary',
    'stages',
    'sectors',
    'topics',
    'provenance',
    'duration',
    'place',
    'last checked',
    'body',
  ]) {
    await expect(columns.locator('dt code', { hasText: new RegExp(`^${column}$`) })).toHaveCount(1);
  }
  const values = page.getByRole('region', { name: 'Allowed values' });
  const stages = values.getByText(/^Stages \(also by number\) \(7\)$/);
  await expect(values.getByText('3 Build the alliance')).toBeHidden();
  await stages.click();
  await expect(values.getByText('3 Build the alliance')).toBeVisible();
  await expect(values.getByText('build-the-alliance', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the allowed values open from the keyboard', async ({ page }) => {
  await page.goto('/contribute/');
  const sectors = page.locator('details', { has: page.getByText(/^Sectors \(14\)$/) });
  await sectors.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(sectors).toHaveAttribute('open', '');
  await expect(sectors.getByRole('listitem').first()).toHaveText(/^Public health\s+\(public-health\)$/);
});

test('the guide does not scroll sideways on a 320 px screen, with every list open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/contribute/');
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  expect(await scrollsSideways(page)).toBe(false);
  await expectNoAxeViolations(page);
});
