/**
 * npm run bench:checks
 *
 * What the checks added by issue 17 cost a build, measured on the checks themselves (a full build
 * on a shared machine is too noisy): synthetic catalogues of 1,000 and 10,000 entries
 * (scripts/bench/synthetic-catalogue.ts) in a scratch folder, each check timed alone, median of 3 runs.
 *   - tree: content/ holds only .md entries and link files (content-tree.ts)
 *   - bodies: every body rendered and held to the allowlist (markdown-body.ts)
 *   - link files: short links, moves, withdrawals and the URL manifest, before the build (link-checks.ts)
 *   - addresses after the build: dist/ read and compared with the manifest (published-addresses.ts),
 *     on a stand-in dist/ whose entry pages are hard links to one real built page (needs `npm run build`)
 * Writes the table into docs/security.md between the bench-checks markers, with the load average.
 */
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCatalogue } from './bench/synthetic-catalogue.ts';
import { contentTreeProblems } from '../src/lib/editing/content-tree.ts';
import { loadContent } from '../src/lib/editing/content-files.ts';
import { renderBody } from '../src/lib/editing/markdown-body.ts';
import { linkFileProblems, predictedAddresses, publishedAddressProblems } from '../src/lib/editing/link-checks.ts';
import { loadLinkData } from '../src/lib/links/link-data.ts';
import { readSnapshot } from '../src/lib/links/url-manifest-files.ts';
import { projectRoot } from './lib/cli.ts';

const SIZES = [1000, 10000];
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: (round: number) => void): number {
  const samples: number[] = [];
  for (let round = 0; round < RUNS; round += 1) {
    const started = performance.now();
    run(round);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const builtPage = join(projectRoot, 'dist/resources');
if (!existsSync(builtPage)) {
  console.error('Run `npm run build` first: the after-build check reads a real built page.');
  process.exit(2);
}
const samplePage = join(
  builtPage,
  readFileSync(join(projectRoot, 'content/url-manifest.json'), 'utf8').match(/"\/resources\/([a-z0-9-]+)\/"/)![1]!,
  'index.html',
);

const rows: string[] = [];
for (const size of SIZES) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-checks-'));
  const root = join(scratch, 'content');
  mkdirSync(join(root, 'resources'), { recursive: true });
  mkdirSync(join(root, 'pathways'));
  cpSync(join(projectRoot, 'content/stages'), join(root, 'stages'), { recursive: true });
  const entries = syntheticCatalogue(size);
  for (const entry of entries) writeFileSync(join(root, 'resources', `${entry.id}.md`), entry.text);

  const content = loadContent(root, scratch);
  if (content.problems.length > 0)
    throw new Error(
      `synthetic catalogue has problems: ${content.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}`,
    );
  // A manifest recording everything the content publishes, so the lost-address check does its full work.
  const links = loadLinkData(root);
  const predicted = predictedAddresses(content, links);
  writeFileSync(
    join(root, 'url-manifest.json'),
    JSON.stringify({ pages: Object.fromEntries([...predicted.pages].map((path) => [path, []])), files: [] }),
  );
  const bodies = content.resources.map((entry) => entry.body);

  const tree = time(() => contentTreeProblems(root, scratch));
  // A different last line each round, so renderBody's per-text cache never answers.
  const render = time((round) => {
    for (const body of bodies) renderBody(`${body}\nRound ${round}.`);
  });
  const linkFiles = time(() => linkFileProblems(content, { contentRoot: root, projectRoot: scratch }));

  // A stand-in dist/: every entry page a hard link to one real page, plus the index pages' folders.
  const dist = join(scratch, 'dist');
  for (const path of predicted.pages) {
    mkdirSync(join(dist, path), { recursive: true });
    linkSync(samplePage, join(dist, path, 'index.html'));
  }
  const manifest = JSON.parse(readFileSync(join(root, 'url-manifest.json'), 'utf8'));
  const afterBuild = time(() => publishedAddressProblems(manifest, readSnapshot(dist), links));

  const total = tree + render + linkFiles + afterBuild;
  rows.push(
    `| ${size.toLocaleString('en')} | ${tree.toFixed(0)} ms | ${render.toFixed(0)} ms | ${linkFiles.toFixed(0)} ms | ${afterBuild.toFixed(0)} ms | **${(total / 1000).toFixed(1)} s** |`,
  );
  console.log(rows.at(-1));
  rmSync(scratch, { recursive: true, force: true });
}

const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(', ');
const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:checks\`, Node ${process.versions.node},`,
  `${cpus().length} cores shared with other work (load average ${load} over 1, 5 and 15 minutes): treat the figures as upper bounds.`,
  'Median of 3 runs of each check alone.',
  '',
  '| entries | tree (.md only) | bodies rendered and allowlisted | link files and manifest, before the build | addresses after the build | added to a build |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');

const doc = join(projectRoot, 'docs/security.md');
const text = readFileSync(doc, 'utf8');
const updated = text.replace(/(<!-- bench-checks:start -->\n)[\s\S]*?(\n<!-- bench-checks:end -->)/, `$1${table}$2`);
if (updated === text && !text.includes(table)) throw new Error('docs/security.md has no bench-checks markers');
writeFileSync(doc, updated);
console.log(`\n${table}\n\nWritten to docs/security.md.`);
