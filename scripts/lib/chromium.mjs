/**
 * How every browser run of the project starts Debian's Chromium (Playwright's config, the build tests
 * that open a page, the screenshots, Lighthouse and the benchmarks): one path and one set of flags.
 * The flags keep a headless run from reaching the network on its own (updates, sync, first-run pages).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's launch options for it. */
export const CHROMIUM_LAUNCH_OPTIONS = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };
