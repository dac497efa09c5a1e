/** The public accessibility statement: reachable from any page's footer, complete, and itself accessible. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('a visitor reaches the accessibility statement from the footer of a resource page', async ({ page }) => {
  await page.goto('/resources/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page).toHaveURL(/\/accessibility\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
});

test('the statement says what is tested, the known limits and how to report a barrier', async ({ page }) => {
  await page.goto('/accessibility/');
  const main = page.getByRole('main');
  for (const heading of ['What we check on every change', 'Known limits', 'Report a barrier']) {
    await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(main).toContainText('WCAG 2.2 level AA');
  // The report section must lead somewhere a person can act on: a prefilled message to the site's contact.
  const report = main.locator('[data-report-barrier]');
  await expect(report).toHaveAttribute('href', /^mailto:[^?]+@[^?]+\?subject=Accessibility%20barrier/);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the statement reads in full', async ({ page }) => {
    await page.goto('/accessibility/');
    await expect(page.getByRole('heading', { level: 2, name: 'Known limits' })).toBeVisible();
  });
});
