/**
 * npm run bench:import — how long the importer takes on 1,000 and 10,000 synthetic rows.
 * Measures, in this process, median of three runs: reading and validating the spreadsheet
 * (importSpreadsheet), writing the files, and the content check over the result (checkContent,
 * as `npm run check` and the build run it). Writes docs/import-benchmark.md.
 * The machine is shared, so the load average is recorded beside the figures.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, takenResourceIds } from '../src/lib/editing/content-check.ts';
import { importSpreadsheet } from '../src/lib/editing/csv-import.ts';
import { syntheticCsv } from '../tests/helpers/synthetic-csv.ts';
import { projectRoot } from './lib/cli.ts';

const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
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
    if (result.problems.length > 0 || report.problems.length > 0) throw new Error(`unexpected problems: ${JSON.stringify([...result.problems, ...report.problems].slice(0, 3))}`);
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

const load = loadavg().map((value) => value.toFixed(1)).join(', ');
const figures = [1_000, 10_000].map(measure);
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
  ...figures.map((f) => `| ${f.rows.toLocaleString('en-US')} | ${Math.round(f.bytes / 1024).toLocaleString('en-US')} KiB | ${ms(f.validate)} | ${ms(f.write)} | ${ms(f.check)} | ${f.imported.toLocaleString('en-US')} |`),
  '',
  '"Read and validate" is everything `npm run import -- --dry-run` does: decoding, CSV parsing, the vocabulary',
  'look-ups, the schema, ids and short codes, and serialising each entry. "Content check afterwards" is',
  '`npm run check -- --content-only` over the 46 real entries plus the imported ones.',
  '',
];
writeFileSync(join(projectRoot, 'docs/import-benchmark.md'), lines.join('\n'));
console.log(lines.join('\n'));
