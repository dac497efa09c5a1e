#!/usr/bin/env node
/**
 * Search benchmark (a measurement, not a test): bytes over the wire and milliseconds from keystroke
 * to results, for the real catalogue and for a synthetic catalogue of 10,000 entries.
 *
 *   npm run bench:search                      both catalogues, writes docs/search-performance.md
 *   npm run bench:search -- --entries 2000    a smaller synthetic catalogue
 *   npm run bench:search -- --skip-build      reuse the builds already in .bench/
 *
 * Everything it makes lives in .bench/ (git-ignored): the synthetic content, both builds and the
 * Astro cache, so dist/ and node_modules/.astro are left alone. Each site is served by a small
 * static server that gzips text (HTML, CSS, JS, JSON) as a typical host does and sends Pagefind's
 * files as they are (already compressed); it counts the bytes it sends for every request.
 * Chromium (Playwright) then loads /search/, types queries and times them inside the page, from the
 * keydown of the last key to the moment the status line announces that query's results.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kb, median, percentile } from './bench/stats.mjs';
import { serveStatic } from './bench/static-server.mjs';
import { CHROMIUM_LAUNCH_OPTIONS } from './lib/chromium.mjs';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const benchDir = join(projectRoot, '.bench');
const DEBOUNCE_MS = 200; // keep in step with src/components/catalogue-search-element.ts

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    entries: { type: 'string', default: '10000' },
    'skip-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/search-performance.md' },
  },
});

// ── Child mode: one Astro build with its own outDir and cache (spawned, so builds never share state).
if (positionals[0] === 'build-child') {
  const [, outDir, cacheDir] = positionals;
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir, cacheDir, logLevel: 'warn' });
  process.exit(0);
}

// ── Synthetic catalogue ────────────────────────────────────────────────────────────────────────
/** Reads the id lists from vocabularies.ts (Node strips the types). */
async function vocabularies() {
  return import(join(projectRoot, 'src/lib/model/vocabularies.ts'));
}

/** Words of the real catalogue, so the synthetic text has a realistic vocabulary for the index. */
function realWords() {
  const words = new Set();
  for (const folder of ['content/resources', 'content/stages']) {
    for (const name of readdirSync(join(projectRoot, folder))) {
      const text = readFileSync(join(projectRoot, folder, name), 'utf8')
        .split(/^---$/m)
        .slice(2)
        .join(' ');
      for (const word of text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) words.add(word.replace(/['-]+$/, ''));
    }
  }
  return [...words].sort();
}

const SYLLABLES = [
  'ash',
  'bel',
  'cor',
  'dun',
  'el',
  'fen',
  'gal',
  'har',
  'ist',
  'jor',
  'kel',
  'lan',
  'mor',
  'nor',
  'ol',
  'pen',
  'quin',
  'ros',
  'sel',
  'tor',
  'ul',
  'ven',
  'wick',
  'yar',
];

async function writeSyntheticCatalogue(count, contentDir) {
  const vocab = await vocabularies();
  // The same seedable generator as the build benchmark (scripts/bench/synthetic-catalogue.ts).
  const { randomSource } = await import(join(projectRoot, 'scripts/bench/synthetic-catalogue.ts'));
  const next = randomSource(20261123);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, min, max) => {
    const wanted = min + Math.floor(next() * (max - min + 1));
    const chosen = new Set();
    while (chosen.size < Math.min(wanted, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const words = realWords();
  const sentence = (min, max) => {
    const list = Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(words));
    const text = list.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const placeName = () => {
    const name = pick(SYLLABLES) + pick(SYLLABLES) + (next() < 0.5 ? pick(SYLLABLES) : '');
    return `${name[0].toUpperCase()}${name.slice(1)}`;
  };
  const publishers = Array.from(
    { length: 300 },
    () => `${placeName()} ${pick(['Institute', 'Foundation', 'Health Department', 'Coalition', 'University', 'Network'])}`,
  );

  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'resources'), { recursive: true });
  mkdirSync(join(contentDir, 'pathways'), { recursive: true });
  cpSync(join(projectRoot, 'content/stages'), join(contentDir, 'stages'), { recursive: true });
  // The stages' "Start with these" picks name real entries, which this catalogue does not have.
  for (const name of readdirSync(join(contentDir, 'stages'))) {
    const path = join(contentDir, 'stages', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^startWith:\n(?: {2}.*\n)+/m, ''));
  }

  for (let index = 0; index < count; index += 1) {
    const type = pick(vocab.RESOURCE_TYPES);
    const title = sentence(3, 9).slice(0, -1);
    const lines = [
      '---',
      `type: ${type}`,
      `title: ${JSON.stringify(`${title} ${index + 1}`)}`,
      `summary: ${JSON.stringify(`${sentence(10, 16)} ${sentence(6, 12)}`.slice(0, 400).replace(/\s+\S*$/, '.'))}`,
      `stages: [${some(vocab.STAGE_IDS, 1, 3).join(', ')}]`,
      `sectors: [${some(vocab.SECTORS, 1, 3).join(', ')}]`,
      `topics: [${some(vocab.TOPICS, 1, 3).join(', ')}]`,
      `publisher: ${JSON.stringify(pick(publishers))}`,
      `provenance: ${pick(vocab.PROVENANCES)}`,
    ];
    if (vocab.PLACE_TYPES.includes(type)) {
      lines.push('places:', `  - { name: ${JSON.stringify(`${placeName()} County`)}, region: "California", country: "United States" }`);
    }
    lines.push(
      `source: { seed: ${pick(vocab.SEED_FILES)}, title: ${JSON.stringify(title)}, type: "Synthetic" }`,
      'added: 2026-11-23',
      '---',
      Array.from({ length: 4 }, () => sentence(20, 40)).join(' '),
      '',
      Array.from({ length: 3 }, () => sentence(15, 30)).join(' '),
      '',
    );
    writeFileSync(join(contentDir, 'resources', `synthetic-${String(index + 1).padStart(5, '0')}.md`), lines.join('\n'));
  }
}

function buildSite(label, outDir, contentDir) {
  console.log(`Building ${label} into ${relative(projectRoot, outDir)}…`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'build-child', outDir, join(benchDir, `cache-${label}`)], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(contentDir ? { CONTENT_DIR: contentDir } : {}) },
  });
  if (result.status !== 0) throw new Error(`build of ${label} failed`);
  return Math.round(performance.now() - started);
}

// ── Bytes by kind of request (the static server, scripts/bench/static-server.mjs, gzips like a host) ──

/** What a request is, for the byte table. */
function category(path) {
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/.test(path)) return 'Pagefind library, worker and wasm';
  if (/\/pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta)$/.test(path)) return 'Pagefind metadata (all pages)';
  if (path.endsWith('.pf_index')) return 'index chunks for the query';
  if (path.endsWith('.pf_filter')) return 'filter index (for facet counts)';
  if (path.endsWith('.pf_fragment')) return 'result fragments (20 shown)';
  if (/\/_astro\/.*\.js$/.test(path)) return 'search page script (ours)';
  if (/\.(html|css|svg)$|\/$/.test(path)) return 'page (HTML, CSS, icon)';
  return `other: ${path}`;
}

function tally(sent) {
  const totals = new Map();
  for (const { path, bytes } of sent) {
    const key = category(path);
    const entry = totals.get(key) ?? { bytes: 0, requests: 0 };
    entry.bytes += bytes;
    entry.requests += 1;
    totals.set(key, entry);
  }
  return totals;
}

// ── Browser measurements ──────────────────────────────────────────────────────────────────────
const QUERIES = [
  'housing',
  'partnership',
  'health equity',
  'county',
  'financing',
  'evaluation',
  'trust',
  'leadership',
  'community data',
  'shared value',
  'rural',
  'governance',
];

/**
 * Times, inside the page, from a keydown to the moment the status line names `expected`.
 * `fromFirstKey` times from the first key typed (cold start); otherwise from the last one.
 */
async function timeTyping(page, typed, expected, { fromFirstKey = false } = {}) {
  await page.evaluate((text) => {
    const status = document.querySelector('[data-search-status]');
    window.__benchDone = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (status.textContent.includes(text)) {
          observer.disconnect();
          done(performance.now() - window.__benchKeydown);
        }
      });
      observer.observe(status, { childList: true, subtree: true, characterData: true });
    });
    document.addEventListener('keydown', () => (window.__benchKeydown = performance.now()), { capture: true, once: true });
  }, `for “${expected}”`);
  if (fromFirstKey) await page.keyboard.type(typed);
  else await page.keyboard.press(typed);
  return page.evaluate(() => window.__benchDone);
}

/** Warm timing: types a query up to its last letter, waits for those results, then times the last key. */
async function timeLastKey(page, query) {
  const before = query.slice(0, -1);
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill(before);
  await page
    .getByRole('status')
    .filter({ hasText: `for “${before}”` })
    .waitFor();
  return timeTyping(page, query.slice(-1), query);
}

async function measure(label, root) {
  const { chromium } = await import('@playwright/test');
  const { close, sent, origin } = await serveStatic(root);
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH_OPTIONS,
  });
  try {
    // Cold: a fresh browser profile loads /search/, focuses the box and types the first query.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/`);
    await page.waitForLoadState('networkidle');
    const pageSent = sent.splice(0);
    await page.getByRole('searchbox', { name: 'Words to search for' }).focus();
    const coldMs = await timeTyping(page, QUERIES[0], QUERIES[0], { fromFirstKey: true });
    await page.waitForLoadState('networkidle');
    // The browser asks for the icon whenever it likes; count it with the page, not the query.
    const firstQuerySent = sent.splice(0);
    const isPage = (request) => category(request.path).startsWith('page');
    const pageLoad = tally([...pageSent, ...firstQuerySent.filter(isPage)]);
    const firstQueryBytes = tally(firstQuerySent.filter((request) => !isPage(request)));

    // Opening the filters loads the filter index, for the counts beside each option.
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page
      .locator('[data-count]', { hasText: /\(\d+\)/ })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    const openFiltersBytes = tally(sent.splice(0));
    await page.locator('summary', { hasText: 'Filters' }).click();

    // Warm: the index is loaded; each query is typed up to its last letter, then that key is timed.
    // For scale, Pagefind alone (its own module and worker in the same page, no interface) runs the
    // same query right after, so both face the same load on the machine.
    await page.evaluate(async () => {
      window.__benchBare = await import('/pagefind/pagefind.js?bare');
      await window.__benchBare.search('warm up');
    });
    const bareSearch = (query) =>
      page.evaluate(async (text) => {
        const started = performance.now();
        const response = await window.__benchBare.search(text);
        await Promise.all(response.results.slice(0, 20).map((result) => result.data()));
        return performance.now() - started;
      }, query);
    const warm = [];
    const bare = [];
    for (let round = 0; round < 3; round += 1) {
      for (const query of QUERIES.slice(1)) {
        warm.push(await timeLastKey(page, query));
        bare.push(await bareSearch(query));
      }
    }
    const repeat = [];
    for (const query of QUERIES.slice(1, 6)) repeat.push(await timeLastKey(page, query));
    // Warm, with the filters open: counts are worked out too (by a second Pagefind instance, after the results).
    await page.locator('summary', { hasText: 'Filters' }).click();
    const withFilters = [];
    for (const query of QUERIES.slice(1)) withFilters.push(await timeLastKey(page, query));
    await context.close();
    const pagefindDir = join(root, 'pagefind');
    const indexBytes = readdirSync(pagefindDir, { recursive: true })
      .map((name) => join(pagefindDir, String(name)))
      .filter((file) => statSync(file).isFile())
      .reduce((sum, file) => sum + statSync(file).size, 0);
    const pages = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')).languages.en.page_count;
    return { label, pages, indexBytes, pageLoad, firstQueryBytes, openFiltersBytes, coldMs, warm, repeat, withFilters, bare };
  } finally {
    await browser.close();
    await close();
  }
}

// ── Bare Pagefind over the same entries ───────────────────────────────────────────────────────
/**
 * The floor to compare with: the same synthetic entries as plain pages (title, summary and body, no
 * site chrome, no metadata, filters or weights), indexed by Pagefind with its defaults. The first
 * query there is what any Pagefind site of these entries must fetch.
 */
async function writeBareSite(contentDir, root) {
  const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title></head><body><main><h1>Bare Pagefind</h1></main></body></html>',
  );
  const folder = join(contentDir, 'resources');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const [, frontmatter = '', body = ''] = readFileSync(join(folder, name), 'utf8').split(/^---$/m);
    const field = (key) => {
      const raw = new RegExp(`^${key}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '';
      return raw.startsWith('"') ? JSON.parse(raw) : raw;
    };
    const paragraphs = body
      .trim()
      .split(/\n\s*\n/)
      .map((text) => `<p>${escapeHtml(text.trim())}</p>`)
      .join('');
    const page = join(root, 'resources', name.replace(/\.md$/, ''));
    mkdirSync(page, { recursive: true });
    writeFileSync(
      join(page, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(field('title'))}</title></head>` +
        `<body><main><h1>${escapeHtml(field('title'))}</h1><p>${escapeHtml(field('summary'))}</p>${paragraphs}</main></body></html>`,
    );
  }
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  const { page_count } = await index.addDirectory({ path: root });
  await index.writeFiles({ outputPath: join(root, 'pagefind') });
  await pagefind.close();
  return page_count;
}

/** Bare Pagefind's first query: the library, the metadata, the chunks and the first 20 results' data. */
async function measureBare(root) {
  const { chromium } = await import('@playwright/test');
  const { close, sent, origin } = await serveStatic(root);
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH_OPTIONS,
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    sent.splice(0);
    await page.evaluate(async (query) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const response = await pagefind.search(query);
      await Promise.all(response.results.slice(0, 20).map((result) => result.data()));
    }, QUERIES[0]);
    await page.waitForLoadState('networkidle');
    return tally(sent.splice(0).filter((request) => !category(request.path).startsWith('page')));
  } finally {
    await browser.close();
    await close();
  }
}

// ── Report ────────────────────────────────────────────────────────────────────────────────────
const ms = (value) => `${Math.round(value)} ms`;

function byteRows(result) {
  const rows = [...result.firstQueryBytes.entries()].map(([name, { bytes, requests }]) => `| ${name} | ${requests} | ${kb(bytes)} |`);
  const total = [...result.firstQueryBytes.values()].reduce((sum, entry) => sum + entry.bytes, 0);
  // The floor: bare Pagefind over the same entries, measured in the same run (synthetic catalogue);
  // for the real catalogue, the same query without the filter index.
  const bare = result.bareBytes
    ? [...result.bareBytes.values()].reduce((sum, entry) => sum + entry.bytes, 0)
    : total - (result.firstQueryBytes.get('filter index (for facet counts)')?.bytes ?? 0);
  return { rows, total, bare, ours: total - bare };
}

function report(results, builds) {
  const lines = [
    '# Search performance',
    '',
    'Figures written by `npm run bench:search` (scripts/bench-search.mjs); rerun it after changing search.',
    'It is a measurement, not a test: nothing fails if a figure moves, so read the budgets below.',
    '',
    '**Budgets** (issue 4 and docs/architecture.md, Budgets): the first query fetches at most about 150 KB compressed, and no more',
    'than 10% above what a bare Pagefind index of the same pages needs; on a warm page, results appear within',
    `100 ms of the debounce (the page waits ${DEBOUNCE_MS} ms after the last keystroke before it searches).`,
    '',
    '## How it is measured',
    '',
    "- Each catalogue is built with the project's own build (Astro, then the Pagefind index) into `.bench/`.",
    '  The synthetic catalogue is written by the script: random but repeatable entries made of the real',
    "  catalogue's words, with types, stages, sectors, topics, publishers and (for place types) county names.",
    '- A static server behaves like a typical host (GitHub Pages): it gzips HTML, CSS, JS and JSON (level 6),',
    "  sends Pagefind's own files as they are (compressed already), and lets the browser cache for 10 minutes",
    '  with ETags. Bytes are the bodies it sends, counted per request (a 304 counts as nothing).',
    '- Chromium (Playwright, headless) opens `/search/` with an empty cache, focuses the box (which starts',
    `  loading the index) and types "${QUERIES[0]}". "First query" counts every request from the focus to the`,
    '  announced results, and its time runs from the first keystroke.',
    '- Warm timings are taken inside the page: from the `keydown` of the last letter to the moment the status line',
    `  announces the results for that query, so they include the ${DEBOUNCE_MS} ms debounce; "after the debounce"`,
    `  subtracts it. Warm: ${QUERIES.length - 1} different queries, three rounds, each typed up to its last letter first;`,
    '  "repeated" runs five of them again; "filters open" runs them once more with the filters open, where a',
    '  second Pagefind instance counts each option after the results are shown.',
    '- "Bare Pagefind" for the synthetic catalogue is measured in the same run: the same entries written as plain',
    '  pages (title, summary and body; no site chrome, metadata, filters or weights), indexed by Pagefind with its',
    '  defaults, served by the same server; its first query is the library, the metadata, the chunks for the',
    '  query and the data of the first 20 results, as on the search page. For the real catalogue it is the same',
    '  query without what the project adds (the filter index, fetched only when the filters are opened). The',
    "  page's own search script is counted with the page.",
    '',
    '## Choices these figures led to',
    '',
    '- The filter index is fetched only when someone opens the filters (it is the largest part at scale, and',
    '  a plain query does not need it), so a first query costs what bare Pagefind costs.',
    '- Once a Pagefind instance holds the whole filter index it counts every filter value on every search;',
    '  at 10,000 pages that made each warm query take well over a second. Results therefore come from an',
    '  instance that never loads it, and counts from a second one (pagefind.js imported again as',
    '  `pagefind.js?counts`, so it runs in its own worker) a moment after the results are shown.',
    '- While the debounce runs, the index chunks for the words typed so far are preloaded, once the last',
    '  word has three letters (shorter prefixes would pull in many chunks).',
    '',
    `Machine: ${process.platform} ${process.arch}, Node ${process.version}, ${builds.cpus} CPU cores shared with other work`,
    `(load average ${builds.load} when measuring; timings on a busy machine are pessimistic); ${new Date().toISOString().slice(0, 10)}.`,
    '',
  ];
  for (const result of results) {
    const bytes = byteRows(result);
    const afterDebounce = result.warm.map((value) => value - DEBOUNCE_MS);
    const repeatAfter = result.repeat.map((value) => value - DEBOUNCE_MS);
    const filtersAfter = result.withFilters.map((value) => value - DEBOUNCE_MS);
    const pageLoadTotal = [...result.pageLoad.values()].reduce((sum, entry) => sum + entry.bytes, 0);
    lines.push(
      `## ${result.label}: ${result.pages.toLocaleString('en')} indexed pages`,
      '',
      `Build: ${builds[result.label] ? `${(builds[result.label] / 1000).toFixed(1)} s (Astro and Pagefind, this machine)` : 'not rebuilt in this run'}. Index on disk: ${kb(result.indexBytes)}.`,
      `Loading /search/ itself: ${kb(pageLoadTotal)} compressed, of which the search script is ${kb(result.pageLoad.get('search page script (ours)')?.bytes ?? 0)}.`,
      '',
      '| first query: what was fetched | requests | compressed |',
      '|---|---:|---:|',
      ...bytes.rows,
      `| **total** | | **${kb(bytes.total)}** |`,
      `| bare Pagefind for the same query${result.bareBytes ? `, over the same ${result.barePages.toLocaleString('en')} entries as plain pages` : ''} | | ${kb(bytes.bare)} |`,
      `| added by this project | | ${kb(bytes.ours)} (${((bytes.ours / bytes.bare) * 100).toFixed(1)}% of bare; **${(bytes.total / bytes.bare).toFixed(3)}× bare**, budget 1.1×) |`,
      ...(result.bareBytes
        ? [
            '',
            'Bare Pagefind, what its first query fetched:',
            '',
            '| bare: what was fetched | requests | compressed |',
            '|---|---:|---:|',
            ...[...result.bareBytes.entries()].map(([name, { bytes, requests }]) => `| ${name} | ${requests} | ${kb(bytes)} |`),
          ]
        : []),
      '',
      `Opening the filters afterwards fetches the filter index for the counts: ${kb([...result.openFiltersBytes.values()].reduce((sum, entry) => sum + entry.bytes, 0))}.`,
      '',
      `Budgets: first query ${kb(bytes.total)} (about 150 KB: ${bytes.total <= 155 * 1024 ? 'within' : "over, all of it Pagefind's own"}); ` +
        `${((bytes.ours / bytes.bare) * 100).toFixed(1)}% above bare Pagefind (10% at most: ${bytes.ours <= bytes.bare * 0.1 ? 'within' : 'over'}); ` +
        `warm results ${ms(median(afterDebounce))} after the debounce, median (100 ms: ${median(afterDebounce) <= 100 ? 'within' : 'over'}).`,
      '',
      '| keystroke → results | median | 95th percentile | worst |',
      '|---|---:|---:|---:|',
      `| first query, cold page, from the first keystroke | ${ms(result.coldMs)} | | |`,
      `| warm page, including the ${DEBOUNCE_MS} ms debounce | ${ms(median(result.warm))} | ${ms(percentile(result.warm, 95))} | ${ms(Math.max(...result.warm))} |`,
      `| warm page, after the debounce | **${ms(median(afterDebounce))}** | ${ms(percentile(afterDebounce, 95))} | ${ms(Math.max(...afterDebounce))} |`,
      `| warm page, repeated queries, after the debounce | ${ms(median(repeatAfter))} | ${ms(percentile(repeatAfter, 95))} | ${ms(Math.max(...repeatAfter))} |`,
      `| warm page, filters open (counts follow), after the debounce | ${ms(median(filtersAfter))} | ${ms(percentile(filtersAfter, 95))} | ${ms(Math.max(...filtersAfter))} |`,
      `| for scale: Pagefind alone, the same warm queries (search and 20 results' data) | ${ms(median(result.bare))} | ${ms(percentile(result.bare, 95))} | ${ms(Math.max(...result.bare))} |`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────
const entries = Number(args.entries);
if (!Number.isInteger(entries) || entries < 1) throw new Error('--entries must be a positive whole number');
const realOut = join(benchDir, 'real', 'dist');
const syntheticContent = join(benchDir, 'synthetic', 'content');
const syntheticOut = join(benchDir, 'synthetic', 'dist');
const syntheticLabel = `Synthetic catalogue (${entries.toLocaleString('en')} entries)`;
const realLabel = 'Real catalogue';
const builds = { cpus: (await import('node:os')).availableParallelism() };

// Build times are kept in .bench/builds.json, so a run with --skip-build can still report them.
const buildsFile = join(benchDir, 'builds.json');
if (!args['skip-build']) {
  builds[realLabel] = buildSite('real', realOut);
  console.log(`Writing ${entries} synthetic entries…`);
  await writeSyntheticCatalogue(entries, syntheticContent);
  builds[syntheticLabel] = buildSite('synthetic', syntheticOut, syntheticContent);
  writeFileSync(buildsFile, JSON.stringify({ [realLabel]: builds[realLabel], [syntheticLabel]: builds[syntheticLabel] }));
} else if (existsSync(buildsFile)) {
  Object.assign(builds, JSON.parse(readFileSync(buildsFile, 'utf8')));
}

const bareRoot = join(benchDir, 'bare');
let barePages;
if (!args['skip-build'] || !existsSync(join(bareRoot, 'pagefind'))) {
  console.log('Indexing the same synthetic entries with bare Pagefind…');
  barePages = await writeBareSite(syntheticContent, bareRoot);
} else barePages = readdirSync(join(bareRoot, 'resources')).length;

const results = [];
for (const [label, root] of [
  [realLabel, realOut],
  [syntheticLabel, syntheticOut],
]) {
  if (!existsSync(join(root, 'pagefind'))) throw new Error(`${root} has no build: run without --skip-build`);
  console.log(`Measuring ${label}…`);
  results.push(await measure(label, root));
}
console.log('Measuring bare Pagefind…');
Object.assign(results[1], { bareBytes: await measureBare(bareRoot), barePages });

builds.load = (await import('node:os'))
  .loadavg()
  .map((value) => value.toFixed(1))
  .join(', ');
const text = report(results, builds);
mkdirSync(join(projectRoot, 'docs'), { recursive: true });
writeFileSync(join(projectRoot, args.out), text);
console.log(`\n${text}`);
console.log(`Written to ${args.out}`);
