#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 1000,10000 --runs 3]
 *
 * Builds synthetic catalogues (scripts/bench/synthetic-catalogue.ts) of each size in .bench/ (never in
 * content/), timing Astro and Pagefind separately with their peak memory (GNU time), and writes
 * the medians with page counts, output sizes and page weights into docs/performance.md between
 * the BENCH markers. In the same run, from the same synthetic entries, it builds the floor: a bare
 * Astro + Pagefind site (bench/floor/: one collection, one page per entry) and reports the
 * project's build as a ratio of it. Run it on an otherwise idle machine; the load average is
 * recorded beside the figures, which are for this 2-core machine. --no-floor skips the floor (a 100,000
 * run on a busy machine); a floor that fails is recorded and does not stop the project's build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { median } from './bench/stats.mjs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { BUDGETS, PAGE_TYPES } from './lib/budgets.mjs';
import { folderBytes, pageWeight } from './lib/page-weight.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    'no-floor': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const root = resolve('.');
const benchDir = join(root, '.bench');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const { module: synthetic } = await runnerImport(join(root, 'scripts/bench/synthetic-catalogue.ts'), {
  configFile: false,
  logLevel: 'error',
});
// The project's Pagefind step reads only the pages its integration reads (src/integrations/pagefind.ts).
const { module: indexedPages } = await runnerImport(join(root, 'src/lib/search/indexed-pages.ts'), {
  configFile: false,
  logLevel: 'error',
});

/** Runs a command under GNU time; returns wall seconds, CPU seconds and peak resident memory in MB. */
function timed(label, command, args, extraEnv) {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', command, ...args], {
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const match = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || !match) {
    const spent = match ? ` after ${match[1]} s at a peak of ${Math.round(Number(match[2]) / 1024)} MB` : '';
    throw new Error(`${label} failed${spent}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  }
  // CPU seconds (user + system, children included): on a shared machine the wall clock grows with the others' load, this much less.
  return { seconds: Number(match[1]), peakMb: Number(match[2]) / 1024, cpuSeconds: Number(match[3]) + Number(match[4]) };
}

function makeCatalogue(size, withFloor) {
  const contentRoot = join(benchDir, `catalogue-${size}`);
  rmSync(contentRoot, { recursive: true, force: true });
  mkdirSync(join(contentRoot, 'resources'), { recursive: true });
  cpSync(join(root, 'content/stages'), join(contentRoot, 'stages'), { recursive: true });
  if (existsSync(join(root, 'content/pathways')))
    cpSync(join(root, 'content/pathways'), join(contentRoot, 'pathways'), { recursive: true });
  const floorRoot = join(benchDir, `floor-content-${size}`);
  rmSync(floorRoot, { recursive: true, force: true });
  mkdirSync(floorRoot, { recursive: true });
  for (const entry of synthetic.syntheticCatalogue(size, 2026)) {
    writeFileSync(join(contentRoot, 'resources', `${entry.id}.md`), entry.text);
    if (withFloor) writeFileSync(join(floorRoot, `${entry.id}.md`), entry.text);
  }
  // Pathways name real resources; keep their references valid by copying those entries too.
  cpSync(join(root, 'content/resources'), join(contentRoot, 'resources'), { recursive: true });
  return { contentRoot, floorRoot };
}

// Read in Node: find's output through spawnSync stops at its 1 MB buffer, which undercounted 224,485 pages as 14,327.
function countHtml(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

const loadNow = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
const loadAtStart = loadNow();
const rows = [];
const failures = [];
for (const size of sizes) {
  try {
    rows.push(benchSize(size));
  } catch (error) {
    // A size that one machine cannot build is a result too (the 100,000 run): record what broke.
    console.error(error);
    failures.push({
      size,
      message: String(error.message ?? error)
        .split('\n')
        .filter(Boolean)
        .slice(0, 1)
        .concat(
          String(error.message ?? error)
            .split('\n')
            .filter((line) => /error|heap|memory|killed/i.test(line))
            .slice(-3),
        )
        .join(' / '),
      loadAfter: loadNow(),
    });
  }
}

function benchSize(size) {
  const { contentRoot, floorRoot } = makeCatalogue(size, !values['no-floor']);
  const outDir = join(benchDir, `dist-${size}`);
  const floorOut = join(benchDir, `floor-dist-${size}`);
  const astro = [];
  const pagefind = [];
  const floorAstro = [];
  const floorPagefind = [];
  let floorError = values['no-floor'] ? 'not built (--no-floor)' : '';
  for (let run = 1; run <= runs; run += 1) {
    // The floor first, then the project, each cold, so both see the same machine within a minute or two.
    rmSync(floorOut, { recursive: true, force: true });
    const floorCache = join(benchDir, `floor-cache-${size}-${run}`);
    rmSync(floorCache, { recursive: true, force: true });
    if (!values['no-floor'] && !floorError) {
      try {
        console.log(`size ${size}, run ${run}/${runs}: floor astro build…`);
        const floorBuild = timed(
          'floor astro build',
          'npx',
          ['astro', 'build', '--root', join(root, 'bench/floor'), '--outDir', floorOut],
          { FLOOR_CONTENT_DIR: floorRoot, ASTRO_CACHE_DIR: floorCache },
        );
        console.log(`size ${size}, run ${run}/${runs}: floor pagefind…`);
        floorPagefind.push(timed('floor pagefind', 'npx', ['pagefind', '--site', floorOut, '--quiet'], {}));
        floorAstro.push(floorBuild);
      } catch (error) {
        floorError = String(error.message ?? error).split('\n')[0];
        console.error(error);
      }
    }
    rmSync(floorCache, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    const cacheDir = join(benchDir, `cache-${size}-${run}`);
    rmSync(cacheDir, { recursive: true, force: true });
    console.log(`size ${size}, run ${run}/${runs}: astro build…`);
    astro.push(
      timed('astro build', 'npx', ['astro', 'build', '--outDir', outDir], {
        CONTENT_DIR: contentRoot,
        ASTRO_CACHE_DIR: cacheDir,
        SKIP_PAGEFIND: '1',
      }),
    );
    console.log(`size ${size}, run ${run}/${runs}: pagefind…`);
    pagefind.push(timed('pagefind', 'npx', ['pagefind', '--site', outDir, '--glob', indexedPages.PAGEFIND_GLOB, '--quiet'], {}));
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const hasFloor = floorAstro.length === runs;
  const floorSeconds = hasFloor ? median(floorAstro.map((r, i) => r.seconds + floorPagefind[i].seconds)) : NaN;
  const weights = Object.fromEntries(
    PAGE_TYPES.map((pageType) => {
      const sample = {
        home: '/index.html',
        resource: '/resources/synthetic-00001/index.html',
        type: '/types/guide/index.html',
        stage: '/stages/build-the-alliance/index.html',
        catalogue: '/resources/index.html',
        search: '/search/index.html',
      }[pageType.name];
      const path = sample ?? null;
      return [pageType.name, path && existsSync(join(outDir, path)) ? pageWeight(outDir, path) : null];
    }),
  );
  return {
    size,
    resources: size + readdirSync(join(root, 'content/resources')).filter((name) => name.endsWith('.md')).length,
    astroSeconds: median(astro.map((r) => r.seconds)),
    astroPeakMb: median(astro.map((r) => r.peakMb)),
    pagefindSeconds: median(pagefind.map((r) => r.seconds)),
    pagefindPeakMb: median(pagefind.map((r) => r.peakMb)),
    pages: countHtml(outDir),
    distMb: folderBytes(outDir) / 1024 / 1024,
    indexMb: folderBytes(join(outDir, 'pagefind')) / 1024 / 1024,
    weights,
    floorError,
    floorAstroSeconds: hasFloor ? median(floorAstro.map((r) => r.seconds)) : NaN,
    floorPagefindSeconds: hasFloor ? median(floorPagefind.map((r) => r.seconds)) : NaN,
    floorSeconds,
    floorPeakMb: hasFloor ? median(floorAstro.map((r, i) => Math.max(r.peakMb, floorPagefind[i].peakMb))) : NaN,
    floorDistMb: hasFloor ? folderBytes(floorOut) / 1024 / 1024 : NaN,
    floorIndexMb: hasFloor ? folderBytes(join(floorOut, 'pagefind')) / 1024 / 1024 : NaN,
    cpuSeconds: median(astro.map((r, i) => r.cpuSeconds + pagefind[i].cpuSeconds)),
    floorCpuSeconds: hasFloor ? median(floorAstro.map((r, i) => r.cpuSeconds + floorPagefind[i].cpuSeconds)) : NaN,
    cpuRatio: hasFloor
      ? median(astro.map((r, i) => (r.cpuSeconds + pagefind[i].cpuSeconds) / (floorAstro[i].cpuSeconds + floorPagefind[i].cpuSeconds)))
      : NaN,
    ratio: hasFloor
      ? median(astro.map((r, i) => (r.seconds + pagefind[i].seconds) / (floorAstro[i].seconds + floorPagefind[i].seconds)))
      : NaN,
    loadAfter: loadNow(),
  };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const lines = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${runs} cold builds (fresh Astro cache each run). Load average (1, 5, 15 min) at start: ${loadAtStart}.`,
  '',
  'The project against the floor (bench/floor/: bare Astro + Pagefind over the same synthetic entries, built in the same run, each run floor then project):',
  '',
  '| synthetic entries | floor Astro (s) | floor Pagefind (s) | floor total (s) | floor CPU (s) | floor peak (MB) | floor dist (MB) | floor index (MB) | project total (s) | project CPU (s) | ratio project / floor (wall) | ratio (CPU) | load average after |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map((r) =>
    r.floorError
      ? `| ${r.size.toLocaleString('en')} | floor ${r.floorError.replaceAll('|', '/')} | | | | | | | ${(r.astroSeconds + r.pagefindSeconds).toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | — | — | ${r.loadAfter} |`
      : `| ${r.size.toLocaleString('en')} | ${r.floorAstroSeconds.toFixed(1)} | ${r.floorPagefindSeconds.toFixed(1)} | ${r.floorSeconds.toFixed(1)} | ${r.floorCpuSeconds.toFixed(1)} | ${Math.round(r.floorPeakMb)} | ${r.floorDistMb.toFixed(1)} | ${r.floorIndexMb.toFixed(1)} | ${(r.astroSeconds + r.pagefindSeconds).toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | **${r.ratio.toFixed(2)}×** | **${r.cpuRatio.toFixed(2)}×** | ${r.loadAfter} |`,
  ),
  '',
  'On an idle machine the wall-clock ratio is the one the budget means; on a shared one the CPU ratio (user + system seconds of each build) is the steadier estimate of it.',
  '',
  'The project in detail:',
  '',
  '| synthetic entries | resources built | Astro build (s) | Astro peak (MB) | Pagefind (s) | Pagefind peak (MB) | total (s) | pages | dist (MB) | search index (MB) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.resources.toLocaleString('en')} | ${r.astroSeconds.toFixed(1)} | ${Math.round(r.astroPeakMb)} | ${r.pagefindSeconds.toFixed(1)} | ${Math.round(r.pagefindPeakMb)} | ${(r.astroSeconds + r.pagefindSeconds).toFixed(1)} | ${r.pages.toLocaleString('en')} | ${r.distMb.toFixed(1)} | ${r.indexMb.toFixed(1)} |`,
  ),
  '',
];
if (rows.length >= 2) {
  const [small, large] = [rows[0], rows.at(-1)];
  const entryRatio = large.resources / small.resources;
  const timeRatio = (large.astroSeconds + large.pagefindSeconds) / (small.astroSeconds + small.pagefindSeconds);
  lines.push(
    `Growth from ${small.size.toLocaleString('en')} to ${large.size.toLocaleString('en')} entries: ${entryRatio.toFixed(1)}× the resources, ${timeRatio.toFixed(1)}× the build time, ${(large.pages / small.pages).toFixed(1)}× the pages (${timeRatio <= entryRatio ? 'no faster than the entries: within budget' : 'FASTER than the entries: over budget'}).`,
    '',
  );
}
for (const failure of failures)
  lines.push(
    `**${failure.size.toLocaleString('en')} entries: the build failed** (load average after: ${failure.loadAfter}): ${failure.message.replaceAll('|', '/')}`,
    '',
  );
if (rows.length > 0)
  lines.push(
    "Page weight at the largest size (gzip bytes; JS follows static imports; Pagefind's own files load on demand and are measured by the search benchmark):",
    '',
  );
if (rows.length > 0) lines.push('| page type | HTML | CSS | JS | JS budget |', '|---|---:|---:|---:|---:|');
for (const pageType of rows.length > 0 ? PAGE_TYPES : []) {
  const weight = rows.at(-1).weights[pageType.name];
  if (!weight) continue;
  lines.push(
    `| ${pageType.name} | ${kb(weight.html.gzip)} KB | ${kb(weight.css.gzip)} KB | ${kb(weight.js.gzip)} KB | ${kb(BUDGETS[pageType.jsBudget])} KB |`,
  );
}

const docPath = join(root, 'docs/performance.md');
// The default sizes own the BENCH:build section; other sizes (e.g. the 100,000 run) get their own, so neither erases the other.
const section = values.sizes === '1000,10000' ? 'build' : `build-${sizes.join('-')}`;
const start = `<!-- BENCH:${section}:start -->`;
const end = `<!-- BENCH:${section}:end -->`;
const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
const block = `${start}\n${lines.join('\n')}\n${end}`;
const updated = doc.includes(start)
  ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
  : `${doc.trimEnd()}\n\n## Build at scale (npm run bench -- --sizes ${values.sizes} --runs ${runs})\n\n${block}\n`;
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(docPath, updated);
console.log(lines.join('\n'));
console.log(`\nwritten to ${docPath}`);
