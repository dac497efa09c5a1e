#!/usr/bin/env node
/**
 * `npm run bench:links [-- --entries 2000] [--baseline DIR]`: what the lasting-links features cost at scale.
 * Builds a synthetic catalogue (the real stages plus N copies of one real resource, each with its
 * own id and short code), then measures the build, the files it writes per entry, the size of the
 * committed link files and the time of the URL-manifest check. With --baseline, also builds the same
 * catalogue with another checkout of the project (e.g. `git archive main | tar -x -C /tmp/base` with
 * node_modules linked), for a before/after figure on the same machine. Writes docs/bench-links.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '2000' }, baseline: { type: 'string' } } });
const entries = Number(values.entries);
const project = resolve('.');
const load = async (path) => (await runnerImport(join(project, path), { configFile: false, logLevel: 'error' })).module;
const shortLinks = await load('src/lib/links/short-links.ts');
const contentFiles = await load('src/lib/editing/content-files.ts');
const manifest = await load('src/lib/links/url-manifest.ts');
const manifestFiles = await load('src/lib/links/url-manifest-files.ts');

const scratch = mkdtempSync(join(tmpdir(), 'alliance-bench-links-'));
const root = join(scratch, 'content');
mkdirSync(join(root, 'resources'), { recursive: true });
cpSync(join(project, 'content/stages'), join(root, 'stages'), { recursive: true });
const template = readFileSync(join(project, 'content/resources/art-and-public-health.md'), 'utf8');
for (let index = 0; index < entries; index += 1) {
  const id = `synthetic-entry-${String(index).padStart(5, '0')}`;
  const text = template
    .replace('title: "Art and Public Health"', `title: "Synthetic entry ${index}"`)
    .replace(/ {2}title: "Art and Public Health"/, `  title: "Synthetic entry ${index}"`);
  writeFileSync(join(root, 'resources', `${id}.md`), text);
}
const started = performance.now();
const content = contentFiles.loadContent(root, project);
const { registry } = shortLinks.assignCodes({ codes: {} }, shortLinks.linkTargets(content));
const assignMs = performance.now() - started;
writeFileSync(join(root, 'short-links.json'), shortLinks.serialiseRegistry(registry));

const dist = join(scratch, 'dist');
/** Builds the catalogue with the project in `cwd`; /usr/bin/time reports the CPU used, which load from other work does not inflate. */
function timedBuild(cwd, outDir, cacheDir) {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', 'npx', 'astro', 'build', '--outDir', outDir], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: root, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const [, user = 'NaN', system = 'NaN'] = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? [];
  return { ...result, wallMs: performance.now() - started, cpuS: Number(user) + Number(system) };
}
const build = timedBuild(project, dist, join(scratch, 'cache'));
const buildMs = build.wallMs;
const routeMs = (prefix) =>
  [...build.stdout.matchAll(/[├└]─ (\/[^/ ]*)\/\S* \(\+(\d+)ms\)/g)]
    .filter((match) => match[1] === prefix)
    .reduce((sum, match) => sum + Number(match[2]), 0);
const baseline = values.baseline
  ? timedBuild(resolve(values.baseline), join(scratch, 'dist-baseline'), join(scratch, 'cache-baseline'))
  : undefined;
if (baseline && baseline.status !== 0) {
  console.error(baseline.stdout, baseline.stderr);
  process.exit(1);
}
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

function count(dir) {
  return readdirSync(dir).reduce((sum, name) => sum + (statSync(join(dir, name)).isDirectory() ? count(join(dir, name)) : 1), 0);
}
const manifestStart = performance.now();
const snapshot = manifestFiles.readSnapshot(dist);
const current = manifest.manifestOf(snapshot);
manifest.diffManifest(current, snapshot, { moved: [], retired: [] });
const manifestMs = performance.now() - manifestStart;
const manifestBytes = Buffer.byteLength(manifestFiles.serialiseManifest(current));
const size = (path) => statSync(path).size;
const rows = [
  ['synthetic resources', entries],
  ['short codes assigned', Object.keys(registry.codes).length],
  ['code assignment (load content + assign)', `${Math.round(assignMs)} ms`],
  ['astro build (incl. Pagefind, sitemap, _redirects): wall clock', `${(buildMs / 1000).toFixed(1)} s`],
  ['the same build: CPU (user + system)', `${build.cpuS.toFixed(1)} s`],
  ...(baseline
    ? [
        ['baseline checkout, same catalogue: wall clock', `${(baseline.wallMs / 1000).toFixed(1)} s`],
        ['baseline checkout, same catalogue: CPU (user + system)', `${baseline.cpuS.toFixed(1)} s`],
      ]
    : []),
  ['rendering /resources/ pages (sum of Astro page times)', `${routeMs('/resources')} ms`],
  ['rendering /embed/ cards (sum of Astro page times)', `${routeMs('/embed')} ms`],
  ['files in dist', count(dist)],
  ['/r/ redirect pages', count(join(dist, 'r'))],
  ['/cite/ files', count(join(dist, 'cite'))],
  ['/lists/items/ files', count(join(dist, 'lists/items'))],
  ['/embed/ card pages', count(join(dist, 'embed'))],
  ['/oembed/ answers', count(join(dist, 'oembed'))],
  ['content/short-links.json', `${(size(join(root, 'short-links.json')) / 1024).toFixed(0)} KB`],
  ['content/url-manifest.json (as written)', `${(manifestBytes / 1024).toFixed(0)} KB`],
  ['dist/_redirects', `${(size(join(dist, '_redirects')) / 1024).toFixed(0)} KB`],
  ['data/resources.json', `${(size(join(dist, 'data/resources.json')) / 1024).toFixed(0)} KB`],
  ['data/resources.csv', `${(size(join(dist, 'data/resources.csv')) / 1024).toFixed(0)} KB`],
  ['URL-manifest check (read dist + diff)', `${Math.round(manifestMs)} ms`],
];
const report = `# Lasting links at scale

Measured by \`npm run bench:links -- --entries ${entries}${values.baseline ? ' --baseline <main checkout>' : ''}\` on ${new Date().toISOString().slice(0, 10)}
(${process.platform}, Node ${process.version}, 2 cores): the real 7 stages plus ${entries} synthetic copies of one resource.

| what | figure |
| --- | --- |
${rows.map(([what, figure]) => `| ${what} | ${figure} |`).join('\n')}

Wall-clock times vary with other work on the machine; CPU time is the steadier figure.
Per resource the build writes its page, its embed card, its oEmbed answer, a short-link page, two
citation files and a list item (seven files). Hosts cap \`_redirects\` (Cloudflare Pages: 2,000
static rules; GitLab Pages ignores the file beyond 1,000 rules); past a cap the static redirect
pages still answer.
`;
mkdirSync(join(project, 'docs'), { recursive: true });
writeFileSync(join(project, 'docs/bench-links.md'), report);
console.log(report);
