#!/usr/bin/env node
/**
 * Benchmark of browse-and-filter on a synthetic 10,000-entry catalogue (a script, not a timed test).
 *
 *   npm run build && npm run bench:facets
 *
 * 1. The pure functions (src/lib/catalogue/browse.ts): the work one update does (filter + disjunctive counts,
 *    plus a sort when the order changes), in Node.
 * 2. The real page in Chromium: dist/resources/index.html as built, with its browse index replaced by
 *    one of 10,000 synthetic entries (src/lib/catalogue/browse-index.ts, encoded by the same function as the
 *    build). Time to ready: from the first click on a filter until its results are listed (the index
 *    is fetched on that click, never on load), on a fresh page each run. Then updates driven through
 *    its own checkboxes: time from the click to the script finishing, and to the next frame.
 * 3. The JavaScript /resources/ ships (raw and gzip), the page's HTML, and the browse index's bytes.
 * Figures are printed and written into docs/performance.md between the bench:facets markers.
 * BENCH_FACETS_TRACES=<folder> keeps the performance trace of each scenario (open it in DevTools).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { kb, median, percentile } from './bench/stats.mjs';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { CHROMIUM_LAUNCH_OPTIONS } from './lib/chromium.mjs';
import { TRACE_CATEGORIES, updateBreakdowns } from './bench/main-thread-trace.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const SIZE = Number(process.env.BENCH_ENTRIES ?? 10_000);
const RUNS = 40;

if (!existsSync(join(dist, 'resources/index.html'))) {
  console.error('dist/resources/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

// --- Load the real library code (TypeScript) through Vite's module runner. -------------------------
const load = async (path) => (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module;
const lib = {
  ...(await load('src/lib/model/vocabularies.ts')),
  ...(await load('src/lib/catalogue/browse.ts')),
  ...(await load('src/lib/catalogue/browse-url.ts')),
  ...(await load('src/lib/catalogue/browse-index.ts')),
  TIME_BUCKETS: (await load('src/lib/catalogue/facets.ts')).TIME_BUCKETS,
};

// --- A deterministic synthetic catalogue. --------------------------------------------------------
// The same seedable generator as the other benchmarks (scripts/bench/synthetic-catalogue.ts).
const random = (await load('scripts/bench/synthetic-catalogue.ts')).randomSource(20261123);
const pickOne = (list) => list[Math.floor(random() * list.length)];
const pickSome = (list, min, max) => {
  const wanted = min + Math.floor(random() * (max - min + 1));
  const chosen = new Set();
  while (chosen.size < wanted) chosen.add(pickOne(list));
  return [...chosen];
};
const PLACES = Array.from({ length: 40 }, (_, index) => `place-${index}`);
const YEARS = Array.from({ length: 27 }, (_, index) => String(2000 + index));

function syntheticFacets(vocab) {
  return {
    type: [pickOne(vocab.type)],
    stage: pickSome(vocab.stage, 1, 3),
    sector: pickSome(vocab.sector, 1, 4),
    topic: pickSome(vocab.topic, 1, 4),
    format: random() < 0.7 ? [pickOne(vocab.format)] : [],
    time: [pickOne(vocab.time)],
    place: random() < 0.3 ? pickSome(vocab.place, 1, 2) : [],
    provenance: [pickOne(vocab.provenance)],
    year: [random() < 0.8 ? pickOne(vocab.year.filter((y) => y !== 'not-stated')) : 'not-stated'],
  };
}

const nodeVocab = {
  type: lib.RESOURCE_TYPES,
  stage: lib.STAGE_IDS,
  sector: lib.SECTORS,
  topic: lib.TOPICS,
  format: lib.FORMATS,
  time: lib.TIME_BUCKETS,
  place: PLACES,
  provenance: lib.PROVENANCES,
  year: [...YEARS, 'not-stated'],
};
const items = Array.from({ length: SIZE }, (_, titleRank) => {
  const facets = syntheticFacets(nodeVocab);
  const year = Number.parseInt(facets.year[0], 10);
  const added = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  return { facets, titleRank, year: Number.isNaN(year) ? undefined : year, added };
});

const scenarios = [
  ['one facet: type=webinar', 'type=webinar'],
  [
    'three facets: type=webinar or training, stage=build-the-alliance, topic=housing-and-neighbourhoods',
    'type=webinar&type=training&stage=build-the-alliance&topic=housing-and-neighbourhoods',
  ],
  [
    'five facets, several values each',
    'type=webinar&type=training&type=guide&stage=build-the-alliance&stage=align-value&sector=housing&sector=public-health&topic=health-equity&time=not-stated',
  ],
  ['sort by year, with two facets', 'type=guide&sector=community&sort=year'],
];

const ms = (value) => `${value.toFixed(2)} ms`;
const ms1 = (value) => `${value.toFixed(1)} ms`;
/** One update's main-thread time, from the trace (see scripts/bench/main-thread-trace.mjs). */
const cpuLine = (cpu) =>
  `CPU ${ms1(cpu.cpu)} in a window of ${ms1(cpu.window)}: script ${ms1(cpu.script)}, style ${ms1(cpu.style)} (${Math.round(cpu.styleElements)} elements, ` +
  `${cpu.stylePasses} pass${cpu.stylePasses === 1 ? '' : 'es'}), layout ${ms1(cpu.layout)} (${Math.round(cpu.layoutObjects)} objects), ` +
  `paint ${ms1(cpu.paint)}, commit ${ms1(cpu.commit)}, other ${ms1(cpu.other)}`;

// --- 1. Pure functions in Node. ------------------------------------------------------------------
const pure = [];
for (const [name, query] of scenarios) {
  const state = lib.parseBrowseState(query, nodeVocab);
  const times = [];
  let shown = 0;
  for (let run = 0; run < RUNS + 5; run += 1) {
    const started = performance.now();
    const filtered = lib.filterItems(items, state.filters);
    lib.facetCounts(items, state.filters);
    if (state.sort !== 'title') lib.sortItems(items, state.sort);
    const elapsed = performance.now() - started;
    shown = filtered.length;
    if (run >= 5) times.push(elapsed);
  }
  pure.push({ name, shown, median: median(times), p95: percentile(times, 95), min: Math.min(...times) });
}
console.log(`Pure functions, ${SIZE} entries (filter + counts + sort if needed), median / p95 / min of ${RUNS}:`);
for (const row of pure) console.log(`  ${row.name}: ${ms(row.median)} / ${ms(row.p95)} / ${ms(row.min)} (${row.shown} shown)`);

// --- 2. The real page in Chromium with 10,000 synthetic entries. -----------------------------------
const pageHtml = readFileSync(join(dist, 'resources/index.html'), 'utf8');
const pageVocab = Object.fromEntries(Object.keys(nodeVocab).map((key) => [key, []]));
for (const [, key, value] of pageHtml.matchAll(/<input type="checkbox"[^>]*name="([a-z]+)" value="([^"]+)"/g)) pageVocab[key].push(value);
// The synthetic index: the page's own facet vocabulary, titles and facts like a real catalogue's.
const synthetic = (await load('scripts/bench/synthetic-catalogue.ts')).syntheticCatalogue(SIZE, 2026);
const typeLabels = Object.fromEntries(
  [...pageHtml.matchAll(/id="facet-type-([a-z-]+)"[\s\S]*?<span data-term>([^<]+)<\/span>/g)].map((m) => [m[1], m[2]]),
);
const field = (text, name) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1]?.replace(/^['"]|['"]$/g, '') ?? '';
const indexItems = synthetic
  .map((entry) => ({ entry, title: field(entry.text, 'title') }))
  .sort((a, b) => a.title.localeCompare(b.title))
  .map(({ entry, title }, titleRank) => {
    const facets = syntheticFacets(pageVocab);
    const year = Number.parseInt(facets.year[0], 10);
    const facts = [field(entry.text, 'publisher'), Number.isNaN(year) ? '' : String(year)].filter(Boolean).join(' · ');
    return {
      facets,
      titleRank,
      year: Number.isNaN(year) ? undefined : year,
      added: field(entry.text, 'added'),
      row: { id: entry.id, title, facts, linked: titleRank % 3 !== 0 },
    };
  });
const indexJson = JSON.stringify(lib.encodeBrowseIndex(indexItems, pageVocab, (type) => typeLabels[type] ?? type));
const indexHref = /<resource-browser data-index="([^"]+)"/.exec(pageHtml)?.[1];
if (!indexHref) throw new Error('dist/resources/index.html names no browse index (data-index): rebuild');

const origin = 'http://bench.invalid';
const browser = await chromium.launch({
  ...CHROMIUM_LAUNCH_OPTIONS,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const types = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
await page.route(`${origin}/**`, async (route) => {
  const { pathname } = new URL(route.request().url());
  if (pathname === '/resources/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml });
  if (pathname === indexHref) return route.fulfill({ contentType: 'application/json', body: indexJson });
  const file = join(dist, pathname);
  if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
  return route.fulfill({
    contentType: types[pathname.slice(pathname.lastIndexOf('.'))] ?? 'application/octet-stream',
    body: readFileSync(file),
  });
});
const openPage = async () => {
  await page.goto(`${origin}/resources/`);
  await page.waitForFunction(() => document.querySelector('[data-browse-form]')?.hidden === false);
};
// Ready to filter: a fresh page each run (no cache), the first click fetches, decodes and lists.
const readyTimes = [];
for (let run = 0; run < 7; run += 1) {
  await page.context().clearCookies();
  await openPage();
  const elapsed = await page.evaluate(async () => {
    const box = document.querySelector('[data-browse-form] input[name="type"][value="webinar"]');
    const status = document.querySelector('[data-browse-status]');
    const started = performance.now();
    box.click();
    await new Promise((done) => {
      const check = () =>
        document.querySelector('[data-browse-live]')?.hidden === false && !status.textContent.startsWith('Loading')
          ? done()
          : requestAnimationFrame(check);
      check();
    });
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - started;
  });
  readyTimes.push(elapsed);
}
const loadStarted = Date.now();
await openPage();
const loadMs = Date.now() - loadStarted;
const indexRequests = [];
page.on('request', (request) => {
  if (request.url().includes('/browse/')) indexRequests.push(request.url());
});
// Warm the index up once (the updates below measure filtering, not the first fetch).
await page.evaluate(async () => {
  const box = document.querySelector('[data-browse-form] input[name="type"][value="webinar"]');
  box.click();
  await new Promise((done) => {
    const check = () => (document.querySelector('[data-browse-live]')?.hidden === false ? done() : requestAnimationFrame(check));
    check();
  });
  box.click();
});

// Each timed update starts from a quiet page. Setting a scenario up takes several changes (each one
// a full update with its own history entry, and Chromium then fetches and decodes the SVG favicon
// again for every new address); their leftover tasks used to run inside the next timed window and
// were counted as the timed update's cost. So the set-up runs first, the script waits until its
// requests are done and the main thread is idle, and only then clicks. What is timed is unchanged:
// from just before the click to the next frame (a requestAnimationFrame callback, then a task after it).
let inFlight = 0;
page.on('request', () => (inFlight += 1));
page.on('requestfinished', () => (inFlight -= 1));
page.on('requestfailed', () => (inFlight -= 1));
const quiet = async () => {
  await new Promise((done) => setTimeout(done, 30));
  for (let wait = 0; wait < 400 && inFlight > 0; wait += 1) await new Promise((done) => setTimeout(done, 5));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 500 }))));
};
await page.evaluate(() => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const controls = (query) => {
    const form = document.querySelector('[data-browse-form]');
    const params = new URLSearchParams(query);
    const boxes = [...params]
      .filter(([key]) => key !== 'sort')
      .map(([key, value]) => form.querySelector(`input[name="${key}"][value="${value}"]`));
    return { boxes, sort: params.get('sort'), select: form.querySelector('select[name="sort"]') };
  };
  const choose = (select, value) => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  window.benchFacets = {
    /** The whole catalogue, then every change of the scenario but the timed one. */
    async prepare(query) {
      const { boxes, sort, select } = controls(query);
      for (const box of document.querySelectorAll('[data-browse-form] input[type="checkbox"]')) if (box.checked) box.click();
      if (select.value !== 'title') choose(select, 'title');
      for (const box of sort ? boxes : boxes.slice(0, -1)) if (!box.checked) box.click();
      await frame();
    },
    /** The timed change: the last box, or the sort. */
    async update(query) {
      const { boxes, sort, select } = controls(query);
      performance.mark('facets-update-start');
      const started = performance.now();
      if (sort) choose(select, sort);
      else boxes.at(-1).click();
      const scripted = performance.now();
      performance.mark('facets-update-script');
      await frame();
      const painted = performance.now();
      performance.mark('facets-update-end');
      return { script: scripted - started, painted: painted - started, status: document.querySelector('[data-browse-status]').textContent };
    },
  };
});
const updateOnce = async (query) => {
  await page.evaluate((query) => window.benchFacets.prepare(query), query);
  await quiet();
  return page.evaluate((query) => window.benchFacets.update(query), query);
};

const TRACED_RUNS = 10;
const dom = [];
for (const [name, query] of scenarios) {
  const runs = [];
  for (let run = 0; run < 15; run += 1) runs.push(await updateOnce(query));
  // A second series under a performance trace: where the main thread's time went (tracing adds a
  // little overhead, so the wall-clock figures above come from the untraced series).
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (let run = 0; run < TRACED_RUNS; run += 1) await updateOnce(query);
  const trace = (await browser.stopTracing()).toString();
  // BENCH_FACETS_TRACES=<folder> keeps each scenario's trace, to open in DevTools' Performance panel.
  if (process.env.BENCH_FACETS_TRACES) {
    mkdirSync(process.env.BENCH_FACETS_TRACES, { recursive: true });
    writeFileSync(join(process.env.BENCH_FACETS_TRACES, `facets-${dom.length + 1}.json`), trace);
  }
  const traced = updateBreakdowns(trace, 'facets-update');
  const script = runs.map((run) => run.script);
  const painted = runs.map((run) => run.painted);
  const cpu = Object.fromEntries(Object.keys(traced[0]).map((key) => [key, median(traced.map((row) => row[key]))]));
  dom.push({
    name,
    status: runs.at(-1).status,
    script: median(script),
    painted: median(painted),
    scriptMin: Math.min(...script),
    paintedMin: Math.min(...painted),
    cpu,
  });
}
const browserVersion = browser.version();
await browser.close();
console.log(
  `\nReady to filter at ${SIZE} entries (first click → results listed, index fetched on that click), median of ${readyTimes.length}: ${ms(median(readyTimes))} (fastest ${ms(Math.min(...readyTimes))})`,
);
console.log(`The page in Chromium with a ${SIZE}-entry index (page loaded and enhanced in ${loadMs} ms), median of 15:`);
for (const row of dom) {
  console.log(
    `  ${row.name}: script ${ms(row.script)} (min ${ms(row.scriptMin)}), to next frame ${ms(row.painted)} (min ${ms(row.paintedMin)}) — "${row.status}"`,
  );
}
console.log(`Main-thread time per update from a performance trace, median of ${TRACED_RUNS} traced updates:`);
for (const { name, cpu } of dom) console.log(`  ${name}: ${cpuLine(cpu)}`);

// --- 3. Bytes. -------------------------------------------------------------------------------------
const scriptSources = [...pageHtml.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
const inlineScripts = [...pageHtml.matchAll(/<script\b(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter(Boolean);
const js = scriptSources.map((src) => readFileSync(join(dist, src)));
const jsRaw = js.reduce((sum, buffer) => sum + buffer.length, 0) + inlineScripts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const jsGzip =
  js.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0) +
  inlineScripts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
const htmlGzip = gzipSync(pageHtml, { level: 9 }).length;
const indexGzip = gzipSync(indexJson, { level: 9 }).length;
console.log(
  `\nJavaScript on /resources/: ${scriptSources.length} file(s), ${inlineScripts.length} inline; ${kb(jsRaw)} raw, ${kb(jsGzip)} gzip`,
);
console.log(`HTML of /resources/: ${kb(pageHtml.length)} raw, ${kb(htmlGzip)} gzip (one page of entries, whatever the catalogue's size)`);
console.log(`Browse index at ${SIZE} entries: ${kb(indexJson.length)} raw, ${kb(indexGzip)} gzip`);

// --- Write the figures into docs/performance.md. --------------------------------------------------
const worst = Math.max(...dom.map((row) => row.painted));
const worstFastest = Math.max(...dom.map((row) => row.paintedMin));
const lines = [
  '<!-- bench:facets:start (written by `npm run bench:facets`; edit the script, not these lines) -->',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min) at the end, Node ${process.versions.node}, ` +
    `Chromium ${browserVersion}, ${SIZE.toLocaleString('en')} synthetic entries.`,
  '',
  `**Budget: an update under 50 ms. Click to next frame, slowest scenario: median ${ms(worst)}` +
    ` (${worst < 50 ? 'within budget' : 'over budget'}), fastest run ${ms(worstFastest)} (${worstFastest < 50 ? 'within budget' : 'over budget'}).**`,
  '',
  'Each cell: median (fastest run). The fastest run is the best guide to the cost on an idle machine; the median shows what contention does.',
  '',
  '| update | pure functions | page: script | page: click to next frame | result |',
  '|---|---|---|---|---|',
  ...scenarios.map(
    ([name], index) =>
      `| ${name} | ${ms(pure[index].median)} (${ms(pure[index].min)}) | ${ms(dom[index].script)} (${ms(dom[index].scriptMin)}) | ` +
      `${ms(dom[index].painted)} (${ms(dom[index].paintedMin)}) | ${dom[index].status} |`,
  ),
  '',
  `Where one update's time goes on the page's main thread, from a Chromium performance trace of ${TRACED_RUNS} more updates per scenario ` +
    '(medians of the main thread\'s CPU time, which the load moves much less than the wall-clock figures above; "other" is mostly the favicon Chromium fetches and decodes again after each new address, and its form autofill bookkeeping):',
  '',
  ...dom.map(({ name, cpu }) => `- ${name}: ${cpuLine(cpu)}.`),
  '',
  `- **Ready to filter** at ${SIZE.toLocaleString('en')} entries, from the first click on a filter (which fetches the index) until the results are listed: median ${ms(median(readyTimes))}, fastest ${ms(Math.min(...readyTimes))} over ${readyTimes.length} fresh pages (served from memory; budget 1 s). Before that click the page fetches no index.`,
  `- **Browse index** at ${SIZE.toLocaleString('en')} synthetic entries: ${kb(indexJson.length)} raw, **${kb(indexGzip)} gzip** (budget 250 KB). Requests for it on the page the updates ran on (first click and every update after): ${indexRequests.length}.`,
  `- JavaScript shipped by /resources/: ${scriptSources.length} module file, ${inlineScripts.length} inline scripts, ${jsRaw.toLocaleString('en')} bytes raw, **${jsGzip.toLocaleString('en')} bytes gzip**. Other pages ship none for browsing.`,
  `- HTML of /resources/ with the real catalogue: ${kb(pageHtml.length)} raw, ${kb(htmlGzip)} gzip. It lists one page of at most 50 entries, so it no longer grows with the catalogue (page weights at 10,000 entries: the build benchmark).`,
  '<!-- bench:facets:end -->',
];
const docPath = join(root, 'docs/performance.md');
mkdirSync(join(root, 'docs'), { recursive: true });
const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
const block = /<!-- bench:facets:start[\s\S]*?<!-- bench:facets:end -->/;
const next = block.test(doc) ? doc.replace(block, lines.join('\n')) : `${doc.trimEnd()}\n\n## Browse and filter\n\n${lines.join('\n')}\n`;
writeFileSync(docPath, next);
console.log(`\nWrote the figures into ${docPath}`);
