import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/lib/chromium.mjs';

const port = Number(process.env.PREVIEW_PORT ?? 4322);
const baseURL = `http://127.0.0.1:${port}`;

// Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Pages are independent (files that share state run serially inside): two workers use both cores
  // of the machines this runs on. PLAYWRIGHT_WORKERS (or --workers) overrides it.
  workers: Number(process.env.PLAYWRIGHT_WORKERS ?? 2),
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
  use: {
    baseURL,
    launchOptions: {
      ...CHROMIUM_LAUNCH_OPTIONS,
    },
  },
  webServer: {
    // Serves the already-built dist/ (the test runner builds first).
    command: `node scripts/serve-dist.mjs --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
