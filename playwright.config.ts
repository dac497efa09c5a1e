import { defineConfig } from '@playwright/test';

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
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
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
