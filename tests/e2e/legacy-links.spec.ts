/**
 * Renaming and withdrawing entries, on a real build of a small fixture catalogue: one resource
 * renamed (with a move), one entry withdrawn, one step anchor renamed. The real catalogue has
 * none of these yet, so this file builds its own site (once, in one worker) and serves it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildFixtureSite, makeContentRoot, projectRoot } from '../helpers/content-root';
import { expectNoAxeViolations } from './helpers';

test.describe.configure({ mode: 'serial' });

let port = 0;
let origin = '';
let server: ChildProcess | undefined;

/**
 * A port no one listens on. A fixed one (PREVIEW_PORT + 1) once met another checkout's preview server on
 * a shared machine, and the test then read that site instead of its fixture.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}
let dist = '';

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook asks for from this pattern: none here
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  const real = readFileSync(join(projectRoot, 'content/resources/art-and-public-health.md'), 'utf8');
  const root = makeContentRoot({ 'art-and-health.md': real });
  const stageText = readFileSync(join(root, 'stages/get-ready.md'), 'utf8');
  // The fixture renames a step: check-fit becomes check-the-fit (the old anchor must keep working).
  writeFileSync(join(root, 'stages/get-ready.md'), stageText.replace('- id: check-fit', '- id: check-the-fit'));
  writeFileSync(
    join(root, 'short-links.json'),
    JSON.stringify({ codes: { bbbb: 'resource:art-and-public-health', cccc: 'resource:old-toolkit', dddd: 'stage:get-ready#check-fit' } }),
  );
  writeFileSync(
    join(root, 'redirects.json'),
    JSON.stringify({
      moved: [
        {
          from: '/resources/art-and-public-health/',
          to: '/resources/art-and-health/',
          since: '2027-01-10',
          why: 'Shorter permanent id, chosen before wide use.',
        },
        {
          from: '/stages/get-ready/#step-check-fit',
          to: '/stages/get-ready/#step-check-the-fit',
          since: '2027-01-10',
          why: 'Step id made clearer.',
        },
      ],
    }),
  );
  writeFileSync(
    join(root, 'retired.json'),
    JSON.stringify({
      retired: [
        {
          path: '/resources/old-toolkit/',
          title: 'An Old Partnership Toolkit',
          since: '2027-02-01',
          why: 'The publisher took the toolkit down and no copy remains.',
          instead: ['/resources/art-and-public-health/', '/stages/get-ready/'],
        },
      ],
    }),
  );
  const build = buildFixtureSite(root);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  dist = build.dist;
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(projectRoot, 'scripts/serve-dist.mjs'), '--port', String(port), '--root', dist], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('fixture server did not start');
});

test.afterAll(() => {
  server?.kill();
});

test('the old address of a renamed entry leads to the new one, and so does its short link', async ({ page }) => {
  await page.goto(`${origin}/resources/art-and-public-health/`);
  await expect(page).toHaveURL(`${origin}/resources/art-and-health/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Art and Public Health');
  await page.goto(`${origin}/r/bbbb/`);
  await expect(page).toHaveURL(`${origin}/resources/art-and-health/`);
  // The entry keeps its old code: no second one was needed, and the page prints the old one.
  await expect(page.getByRole('region', { name: 'Link and cite' })).toContainText('/r/bbbb/');
});

test('an old list that names the old id still shows the entry', async ({ page }) => {
  await page.goto(`${origin}/lists/?ids=art-and-public-health`);
  await expect(page.locator('[data-list-items] h3')).toHaveText(['Art and Public Health']);
  // The page rewrites the address to the short form (the entry's short code).
  await expect(page).toHaveURL(/\?r=bbbb$/);
});

test('a renamed step keeps its old anchor', async ({ page }) => {
  await page.goto(`${origin}/stages/get-ready/#step-check-fit`);
  // The anchor is on the step's heading; the old anchor is kept inside the same list item.
  const step = page.locator('li', { has: page.locator('#step-check-the-fit') });
  await expect(step.locator('#step-check-fit')).toHaveCount(1);
  await page.goto(`${origin}/r/dddd/`);
  await expect(page).toHaveURL(`${origin}/stages/get-ready/#step-check-the-fit`);
});

test('a withdrawn entry keeps a page that says why and where to go', async ({ page }) => {
  const response = await page.goto(`${origin}/resources/old-toolkit/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An Old Partnership Toolkit');
  await expect(page.getByText('The publisher took the toolkit down and no copy remains.')).toBeVisible();
  const instead = page.locator('h2#instead + ul');
  await expect(instead.getByRole('link', { name: 'Art and Public Health' })).toHaveAttribute('href', '/resources/art-and-health/');
  await expect(instead.getByRole('link', { name: 'Stage 1: Get ready' })).toHaveAttribute('href', '/stages/get-ready/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expectNoAxeViolations(page);
  await page.goto(`${origin}/r/cccc/`);
  await expect(page).toHaveURL(`${origin}/resources/old-toolkit/`);
});

test('the host redirect file and the sitemap agree with the map', async ({ request }) => {
  const redirects = await (await request.get(`${origin}/_redirects`)).text();
  expect(redirects).toContain('\n/r/bbbb/ /resources/art-and-health/ 301\n');
  expect(redirects).toContain('\n/r/dddd/ /stages/get-ready/#step-check-the-fit 301\n');
  expect(redirects).toContain('\n/resources/art-and-public-health/ /resources/art-and-health/ 301\n');
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/resources/art-and-health/</loc>');
  expect(sitemap).not.toContain('/resources/art-and-public-health/</loc>');
  expect(sitemap).not.toContain('/resources/old-toolkit/</loc>');
  expect(sitemap).not.toContain('/r/');
});
