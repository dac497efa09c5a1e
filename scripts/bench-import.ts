/**
 * npm run bench:import [-- --scale-only] — how long the importer takes on 1,000 and 10,000 synthetic rows.
 * Measures, in this process, median of three runs: reading and validating the spreadsheet
 * (importSpreadsheet), writing the files, and the content check over the result (checkContent,
 * as `npm run check` and the build run it). Writes docs/import-benchmark.md.
 * Then the editor commands at scale: after importing 50,000 rows, it times `npm run links:assign`,
 * `npm run check -- --content-only` and the part of `npm run manifest:update` after its build, each as
 * the editor runs it (its own Node process, under GNU time for peak memory). The build itself is
 * timed by `npm run bench` (docs/performance.md). --scale-only skips the 1,000/10,000 table.
 * The machine is shared, so the load average is recorded beside the figures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { median } from './bench/stats.mjs';
import { join } from 'node:path';
import { checkContent, takenResourceIds } from '../src/lib/editing/content-check.ts';
import { importSpreadsheet } from '../src/lib/editing/csv-import.ts';
import { syntheticCsv } from '../tests/helpers/synthetic-csv.ts';
import { projectRoot } from './lib/cli.ts';

const RUNS = 3;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

interface Figures {
  rows: number;
  bytes: number;
  validate: number;
  write: number;
  check: number;
  imported: number;
}

function measure(rows: number): Figures {
  const csv = syntheticCsv(rows);
  const samples: Array<Omit<Figures, 'rows' | 'bytes'>> = [];
  for (let run = 0; run < RUNS; run += 1) {
    const root = mkdtempSync(join(tmpdir(), 'bench-import-'));
    const contentDir = join(root, 'content');
    cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
    let started = performance.now();
    const result = importSpreadsheet(csv, { fileName: 'bench.csv', takenIds: takenResourceIds(contentDir, root), added: '2026-12-01' });
    const validate = performance.now() - started;
    started = performance.now();
    mkdirSync(join(contentDir, 'resources'), { recursive: true });
    for (const entry of result.entries) writeFileSync(join(contentDir, 'resources', `${entry.id}.md`), entry.text, { flag: 'wx' });
    const write = performance.now() - started;
    started = performance.now();
    const report = checkContent(contentDir, root);
    const check = performance.now() - started;
    if (result.problems.length > 0 || report.problems.length > 0)
      throw new Error(`unexpected problems: ${JSON.stringify([...result.problems, ...report.problems].slice(0, 3))}`);
    samples.push({ validate, write, check, imported: result.entries.length });
    rmSync(root, { recursive: true, force: true });
  }
  return {
    rows,
    bytes: Buffer.byteLength(csv),
    validate: median(samples.map((sample) => sample.validate)),
    write: median(samples.map((sample) => sample.write)),
    check: median(samples.map((sample) => sample.check)),
    imported: samples[0]?.imported ?? 0,
  };
}

const SCALE_ROWS = 50_000;
const scaleOnly = process.argv.includes('--scale-only');
const loadNow = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
const seconds = (value: number) => `${value.toFixed(1)} s`;

interface CommandTiming {
  label: string;
  seconds: number;
  /** User plus system CPU seconds: on a shared machine, the figure its load does not inflate. */
  cpuSeconds: number;
  peakMb: number;
  load: string;
  output: string;
}

/** Runs one editor command as an editor would, in its own Node process, under GNU time. */
function timeCommand(label: string, script: string, args: string[], env: Record<string, string>): CommandTiming {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'BENCH %e %M %U %S', process.execPath, '--import', './scripts/lib/ts-resolve.mjs', script, ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env, CI: 'true' },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const match = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (!match) throw new Error(`${label} did not run:\n${result.stderr.slice(-2000)}`);
  const lastLine =
    `${result.stdout}\n${result.stderr.replace(/BENCH .*/, '').replace(/Command exited with non-zero status \d+/, '')}`
      .trim()
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('  /r/'))
      .at(-1) ?? '';
  return {
    label,
    seconds: Number(match[1]),
    cpuSeconds: Number(match[3]) + Number(match[4]),
    peakMb: Number(match[2]) / 1024,
    load: loadNow(),
    output: `exit ${result.status}: ${lastLine.trim().slice(0, 160)}`,
  };
}

/** The largest catalogue `npm run bench` built (.bench/dist-N with its content), for the manifest step. */
function largestBenchBuild(): { size: number; dist: string; content: string } | undefined {
  const benchDir = join(projectRoot, '.bench');
  if (!existsSync(benchDir)) return undefined;
  const sizes = readdirSync(benchDir)
    .map((name) => /^dist-(\d+)$/.exec(name)?.[1])
    // pagefind/ is written last: a build still running (or one that failed) has none; manifest:update also needs the home page.
    .filter(
      (size): size is string =>
        Boolean(size) &&
        existsSync(join(benchDir, `dist-${size}`, 'pagefind', 'pagefind.js')) &&
        existsSync(join(benchDir, `dist-${size}`, 'index.html')) &&
        existsSync(join(benchDir, `catalogue-${size}`)),
    )
    .map(Number)
    .sort((a, b) => b - a);
  const size = sizes[0];
  return size === undefined ? undefined : { size, dist: join(benchDir, `dist-${size}`), content: join(benchDir, `catalogue-${size}`) };
}

function measureScale(): string[] {
  const root = mkdtempSync(join(tmpdir(), 'bench-editor-'));
  const contentDir = join(root, 'content');
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  const loadAtStart = loadNow();
  const started = performance.now();
  const result = importSpreadsheet(syntheticCsv(SCALE_ROWS), {
    fileName: 'bench.csv',
    takenIds: takenResourceIds(contentDir, root),
    added: '2026-12-01',
  });
  mkdirSync(join(contentDir, 'resources'), { recursive: true });
  for (const entry of result.entries) writeFileSync(join(contentDir, 'resources', `${entry.id}.md`), entry.text, { flag: 'wx' });
  const importSeconds = (performance.now() - started) / 1000;
  if (result.problems.length > 0) throw new Error(`unexpected import problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const env = { CONTENT_DIR: contentDir };
  const timings = [
    timeCommand('`npm run links:assign` (assigns a code to each new entry)', 'scripts/assign-short-links.ts', [], env),
    timeCommand('`npm run links:assign` again (nothing to add)', 'scripts/assign-short-links.ts', [], env),
    timeCommand('`npm run check -- --content-only`', 'scripts/check.ts', ['--content-only'], env),
  ];
  const built = largestBenchBuild();
  if (built) {
    // An empty content folder of its own: no manifest yet, so every address of that build is new (the most work),
    // and the scratch catalogue of npm run bench is left as it was.
    const manifestContent = join(root, `manifest-${built.size}`);
    mkdirSync(manifestContent, { recursive: true });
    timings.push(
      timeCommand(
        `\`npm run manifest:update\` after its build: reading the ${built.size.toLocaleString('en-US')}-entry build of \`npm run bench\` (${readdirSync(join(built.dist, 'resources')).length.toLocaleString('en-US')} resource folders)`,
        'scripts/update-url-manifest.ts',
        ['--dist', built.dist],
        { CONTENT_DIR: manifestContent },
      ),
    );
  }
  const manifestBytes = existsSync(join(contentDir, 'short-links.json')) ? readFileSync(join(contentDir, 'short-links.json')).length : 0;
  rmSync(root, { recursive: true, force: true });
  return [
    `## Editor commands at ${SCALE_ROWS.toLocaleString('en-US')} entries`,
    '',
    `${SCALE_ROWS.toLocaleString('en-US')} synthetic rows imported into a copy of \`content/\` in ${seconds(importSeconds)} (in process; load average at start ${loadAtStart}), then each command run as an editor runs it,`,
    'in its own Node process with CONTENT_DIR pointing at the copy (wall clock, CPU time and peak memory from GNU time; progress off, as CI=true).',
    '`npm run check` spreads the entries over worker threads (src/lib/editing/parallel-content.ts), so its CPU time can exceed its wall clock on an idle machine;',
    'on a busy one the wall clock exceeds the CPU time by the share of the cores the other work took.',
    `The short-link file after assigning: ${Math.round(manifestBytes / 1024).toLocaleString('en-US')} KiB. Budget: each under 30 s.`,
    '',
    '| command | wall clock | CPU (user + system) | peak memory | load average after | result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...timings.map(
      (t) =>
        `| ${t.label} | ${seconds(t.seconds)} | ${seconds(t.cpuSeconds)} | ${Math.round(t.peakMb)} MB | ${t.load} | ${t.output.replaceAll('|', '/')} |`,
    ),
    '',
    built
      ? '`npm run manifest:update` is `npm run build` followed by this reading step; the build at this scale is timed by `npm run bench` (docs/performance.md) and cannot be under 30 s: see there. ' +
        'Computing the address list without a build (from the functions the pages use for their paths) would make the whole command fast, but it would be a second description of the site to keep equal to the built one ' +
        '(paged lists, facet pages, anchors from headings); it is not done yet, and the build remains the one source of truth for what is published.'
      : 'No build of `npm run bench` at hand (.bench/dist-N), so the reading step of `npm run manifest:update` was not timed: run `npm run bench` first.',
    '',
  ];
}

const load = loadNow();
const figures = scaleOnly ? [] : [1_000, 10_000].map(measure);
const scaleLines = measureScale();
const lines = [
  '# Importer benchmark',
  '',
  'Written by `npm run bench:import` (scripts/bench-import.ts). Synthetic rows of every common shape (five types,',
  'stage numbers and ids, sector labels, years, links, durations, places), imported into a copy of `content/`.',
  `Median of ${RUNS} runs in one Node process; Node start-up (about half a second) is not included.`,
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average at start ${load}`,
  '(the machine is shared with other work, so wall-clock figures vary with its load).',
  '',
  '| rows | file size | read and validate | write files | content check afterwards (all entries) | imported |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...figures.map(
    (f) =>
      `| ${f.rows.toLocaleString('en-US')} | ${Math.round(f.bytes / 1024).toLocaleString('en-US')} KiB | ${ms(f.validate)} | ${ms(f.write)} | ${ms(f.check)} | ${f.imported.toLocaleString('en-US')} |`,
  ),
  '',
  '"Read and validate" is everything `npm run import -- --dry-run` does: decoding, CSV parsing, the vocabulary',
  'look-ups, the schema, ids and short codes, and serialising each entry. "Content check afterwards" is',
  '`npm run check -- --content-only` over the 46 real entries plus the imported ones.',
  '',
];
const docPath = join(projectRoot, 'docs/import-benchmark.md');
const section = (name: string, body: string[]) => `<!-- BENCH:${name}:start -->\n${body.join('\n')}\n<!-- BENCH:${name}:end -->`;
const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
const previousSmall =
  /<!-- BENCH:import:start -->\n([\s\S]*?)\n<!-- BENCH:import:end -->/.exec(previous)?.[1] ??
  (previous.trim() ? previous.trimEnd() : undefined);
// --scale-only keeps the last 1,000/10,000 table as it was.
const small = scaleOnly && previousSmall !== undefined ? previousSmall.split('\n') : lines;
const doc = `${section('import', small)}\n\n${section('editor-scale', scaleLines)}\n`;
writeFileSync(docPath, doc);
console.log(doc);
