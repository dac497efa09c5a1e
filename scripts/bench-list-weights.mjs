#!/usr/bin/env node
/**
 * Page weights of the static lists and the browse index, over a built site (bytes, not timings):
 *
 *   npm run bench:lists -- --dist .bench/synthetic/dist     a benchmark build (e.g. 10,000 entries)
 *   npm run bench:lists                                     dist/ (--dry-run: print only)
 *
 * Prints, and writes into docs/performance.md between the bench:lists markers: gzip HTML, CSS and JS of
 * /resources/ and its page 2, a type list, a stage's resource list, a facet list and a resource page; how
 * many pages the longest lists run to; and the browse index's size against its budget
 * (scripts/lib/budgets.mjs; the same limits tests/dist/budgets.test.ts enforces, with DIST_DIR set), with its
 * bytes per field (each field gzipped alone, so the parts add up to a little more than the whole).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BUDGETS, browseIndexBudget } from './lib/budgets.mjs';
import { pageWeight } from './lib/page-weight.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, 'dry-run': { type: 'boolean', default: false } } });
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'resources/index.html'))) {
  console.error(`${dist}/resources/index.html is missing: build first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const firstEntry = readdirSync(join(dist, 'resources')).find(
  (name) => name !== 'page' && existsSync(join(dist, 'resources', name, 'index.html')),
);
const pages = [
  ['/resources/', '/resources/index.html'],
  ['/resources/page/2/', '/resources/page/2/index.html'],
  ['a type list: /types/guide/', '/types/guide/index.html'],
  ['its page 2', '/types/guide/page/2/index.html'],
  ["a stage's resources: /stages/build-the-alliance/resources/", '/stages/build-the-alliance/resources/index.html'],
  ['a facet value: /sectors/housing/', '/sectors/housing/index.html'],
  ['a stage guide: /stages/build-the-alliance/', '/stages/build-the-alliance/index.html'],
  ['a resource', `/resources/${firstEntry}/index.html`],
];
const rows = pages.map(([name, path]) => {
  if (!existsSync(join(dist, path))) return `| ${name} | (not built: the list fits on one page) | | |`;
  const weight = pageWeight(dist, path);
  return `| ${name} | ${kb(weight.html.gzip)} | ${kb(weight.css.gzip)} | ${kb(weight.js.gzip)} |`;
});
const pageCount = (folder) => (existsSync(join(dist, folder, 'page')) ? readdirSync(join(dist, folder, 'page')).length : 0) + 1;

const indexFile = readdirSync(join(dist, 'browse')).find((name) => name.endsWith('.json'));
const indexRaw = readFileSync(join(dist, 'browse', indexFile));
const index = JSON.parse(indexRaw.toString('utf8'));
const entries = index.ids.length;
const indexGzip = gzipSync(indexRaw, { level: 9 }).length;
const catalogueHtml = pageWeight(dist, '/resources/index.html').html.gzip;
const gzipOf = (value) => gzipSync(typeof value === 'string' ? value : JSON.stringify(value), { level: 9 }).length;
// Per field of the file; a field made of parts (titles: tokens, codes, literals) lists them too.
const fieldBytes = Object.entries(index)
  .filter(([field]) => field !== 'version')
  .map(([field, value]) => {
    const parts =
      value && typeof value === 'object' && !Array.isArray(value) && field !== 'facets' && field !== 'vocabulary'
        ? ` (${Object.entries(value)
            .map(([part, partValue]) => `${part} ${kb(gzipOf(partValue))}`)
            .join(', ')})`
        : '';
    return `${field} ${kb(gzipOf(value))}${parts}`;
  });

const lines = [
  '<!-- bench:lists:start (written by `npm run bench:lists`; edit the script, not these lines) -->',
  `Measured ${new Date().toISOString().slice(0, 10)} over \`${relative(root, dist) || 'dist'}\`: a build of ${entries.toLocaleString('en')} entries. Gzip bytes (level 9).`,
  '',
  '| page | HTML | CSS | JS |',
  '|---|---:|---:|---:|',
  ...rows,
  '',
  `- /resources/ runs to ${pageCount('resources')} pages of at most 50 entries, the guides' list to ${pageCount('types/guide')}. ` +
    `/resources/ HTML: **${kb(catalogueHtml)}** (budget ${kb(BUDGETS.catalogueHtml)}: ${catalogueHtml <= BUDGETS.catalogueHtml ? 'within' : 'over'}).`,
  `- Browse index (\`/browse/${indexFile}\`, version ${index.version}): ${kb(indexRaw.length)} raw, **${kb(indexGzip)} gzip** ` +
    `(budget for ${entries.toLocaleString('en')} entries ${kb(browseIndexBudget(entries))}: ${indexGzip <= browseIndexBudget(entries) ? 'within' : 'over'}). Fetched on first use of a filter or the sort, never on load.`,
  `  Per field, gzip: ${fieldBytes.join('; ')}.`,
  '<!-- bench:lists:end -->',
];
console.log(lines.slice(1, -1).join('\n'));
if (!values['dry-run']) {
  const docPath = join(root, 'docs/performance.md');
  const doc = readFileSync(docPath, 'utf8');
  const block = /<!-- bench:lists:start[\s\S]*?<!-- bench:lists:end -->/;
  const next = block.test(doc)
    ? doc.replace(block, lines.join('\n'))
    : doc.replace('<!-- bench:facets:end -->', `<!-- bench:facets:end -->\n\n### Page weights of the lists\n\n${lines.join('\n')}`);
  writeFileSync(docPath, next);
  console.log(`\nWrote the figures into ${docPath}`);
}
