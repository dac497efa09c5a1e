#!/usr/bin/env node
/**
 * The whole test suite, as `npm test` runs it:
 *   1. type check (astro check) and lint (ESLint with the import boundaries, Prettier) — one test each
 *   2. build the site (Astro + Pagefind)  — counted as one test
 *   3. Vitest: unit, content, build-fixture and dist checks
 *   4. the editing rehearsal (tests/editing): an editor's additions made in a copy of the project,
 *      then the content, unit and dist suites over that copy
 *   5. Playwright in Chromium: what a person sees and does
 * It ends with one line, "N passed, N failed", adding up every suite.
 * A suite that cannot run (for example no Chromium) counts as failed, never as skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const workDir = mkdtempSync(join(tmpdir(), 'alliance-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function countStep(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    console.error(`✗ ${label} failed`);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const started = Date.now();

// 1. Types.
countStep('type check', run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']));
countStep('lint', run('lint', 'npm', ['run', 'lint']));

// 2. Build. --force clears Astro's content cache: the schemas live outside content.config.ts,
// so Astro cannot see when they change and would otherwise serve entries parsed by an old schema.
const built = run('build', 'npx', ['astro', 'build', '--force']);
countStep('build', built);

/** Runs Vitest with a JSON report and adds its counts to the totals. */
function countVitest(label, args, reportName) {
  const report = join(workDir, reportName);
  const ok = run(label, 'npx', [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const vitest = readJson(report);
  if (vitest) {
    totals.passed += vitest.numPassedTests;
    totals.failed += vitest.numFailedTests;
    totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
    // A suite that failed to load has no tests counted; count it as a failure.
    if (!ok && vitest.numFailedTests === 0) totals.failed += 1;
  } else {
    countStep(`${label} (no report)`, false);
  }
}

// 3. Vitest.
countVitest('vitest', ['vitest', 'run'], 'vitest.json');

// 4. Editing stays green: its own Vitest run (it runs the other suites inside a copy of the project).
countVitest('editing rehearsal', ['vitest', 'run', '--config', 'vitest.editing.config.ts'], 'vitest-editing.json');

// 5. Playwright.
const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`✗ Chromium not found at ${chromium}: browser tests cannot run (install Debian's chromium).`);
  totals.failed += 1;
} else if (!built) {
  console.error('✗ browser tests not run: the build failed.');
  totals.failed += 1;
} else {
  const playwrightJson = join(workDir, 'playwright.json');
  const playwrightOk = run('browser tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: playwrightJson });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    totals.passed += report.stats.expected + (report.stats.flaky ?? 0);
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (!playwrightOk && report.stats.unexpected === 0) totals.failed += 1;
  } else {
    countStep('playwright (no report)', false);
  }
}

rmSync(workDir, { recursive: true, force: true });
// The suite's duration, for comparing runs (docs/test-suite.md); never asserted.
console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
