#!/usr/bin/env node
/**
 * npm run screenshots — first-screen screenshots of the main pages of the built site, at a desk
 * (1280×800) and on a phone (390×844), written to docs/screenshots/ for review. Also prints how
 * many resource rows are fully in view on the first screen of results on list pages.
 * Needs a build first (npm run build). Port: SCREENSHOT_PORT (default 4389).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './lib/chromium.mjs';

const root = resolve('.');
const port = Number(process.env.SCREENSHOT_PORT ?? 4389);
const out = join(root, 'docs/screenshots');
const pages = [
  ['home', '/'],
  ['resources', '/resources/'],
  ['type', '/types/guide/'],
  ['stage', '/stages/build-the-alliance/'],
  ['pathways', '/pathways/'],
  ['pathway', '/pathways/start-a-new-alliance/'],
  ['search', '/search/?q=housing'],
  ['about', '/about/'],
];
const viewports = { desk: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
if (!existsSync(join(root, 'dist/index.html'))) throw new Error('Build first: npm run build');
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 800));
const browser = await chromium.launch({
  ...CHROMIUM_LAUNCH_OPTIONS,
});
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport });
    for (const [name, path] of pages) {
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      // The first screen, as a person lands on the page; JPEG keeps the committed folder small.
      const file = join(out, `${name}-${device}.jpg`);
      await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
      const inView = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('[data-resource-row], [data-search-results] > li')].filter(
          (row) => row.getClientRects().length > 0,
        );
        if (rows.length === 0) return undefined;
        rows[0].scrollIntoView({ block: 'start' });
        return rows.filter((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }).length;
      });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(
        `${device} ${path}: ${height} px tall${inView === undefined ? '' : `, ${inView} result rows in one screen`} → ${file.slice(root.length + 1)}`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
