/**
 * What a visitor's browser receives from a host that reads dist/_headers (the test server does, like
 * Netlify and Cloudflare Pages): HSTS on pages, a year of immutable caching on hashed assets only,
 * and a trailing-slash redirect that never leaves the site.
 */
import { expect, test } from '@playwright/test';

test('a page is sent with HSTS and without long caching; its hashed stylesheet is cached for a year', async ({ page, request }) => {
  const response = await page.goto('/');
  expect(response?.headers()['strict-transport-security']).toMatch(/^max-age=\d+/);
  expect(response?.headers()['cache-control'] ?? '').not.toContain('immutable');
  const stylesheet = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').first().getAttribute('href');
  expect(stylesheet).toBeTruthy();
  const asset = await request.get(stylesheet!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a path built to look like another host is not redirected off the site', async ({ request }) => {
  const response = await request.get('/%2Fevil.example%2F..%2Fabout', { maxRedirects: 0 });
  const location = response.headers()['location'];
  if (location !== undefined) expect(location.startsWith('/') && !location.startsWith('//')).toBe(true);
  else expect(response.status()).toBe(404);
});
