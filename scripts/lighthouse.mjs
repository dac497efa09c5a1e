#!/usr/bin/env node
/**
 * npm run lighthouse — scores key pages of the built site with Lighthouse (performance,
 * accessibility, best practices, SEO) in Debian's Chromium, served with the host headers,
 * and writes the table into docs/performance.md between the LIGHTHOUSE markers.
 * Needs a build first (npm run build). Mobile emulation with Lighthouse's default throttling.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const root = resolve('.');
const port = 4388;
const pages = [
  ['Home', '/'],
  ['Resource', '/resources/art-and-public-health/'],
  ['Stage', '/stages/build-the-alliance/'],
  ['Catalogue', '/resources/'],
  ['Search', '/search/?q=housing'],
];
if (!existsSync(join(root, 'dist/index.html'))) throw new Error('Build first: npm run build');

// --gzip: pages as a visitor gets them from any host or CDN (uncompressed, the catalogue's HTML is 150 KB).
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(port), '--gzip'], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 800));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const rows = [];
try {
  for (const [name, path] of pages) {
    // A run that Lighthouse itself could not record (runtimeError, e.g. NO_NAVSTART on the first page of a
    // cold browser) scores 0 and says nothing about the page: run it again, at most twice.
    let result;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result.lhr.runtimeError) break;
      console.log(name, `attempt ${attempt}: runtime error ${result.lhr.runtimeError.code}${attempt < 3 ? ', trying again' : ''}`);
    }
    const categories = result.lhr.categories;
    const score = (key) => Math.round((categories[key]?.score ?? 0) * 100);
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    if (result.lhr.runtimeError) console.log(name, 'runtime error:', result.lhr.runtimeError.code, result.lhr.runtimeError.message);
    const opportunities = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'numeric')
      .map((audit) => `${audit.id}=${audit.displayValue ?? audit.score}`);
    rows.push({
      name,
      path,
      opportunities,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      failing,
    });
    console.log(
      name,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      failing.join(' '),
      opportunities.join(' '),
    );
  }
} finally {
  await chrome.kill();
  server.kill();
}

const lines = [
  `Lighthouse ${JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile emulation, ${new Date().toISOString().slice(0, 10)}, served locally with the production headers and gzip, as hosts serve it.`,
  '',
  '| page | path | performance | accessibility | best practices | SEO | audits below par |',
  '|---|---|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${[...r.failing, ...r.opportunities].join(', ') || 'none'} |`,
  ),
];
const docPath = join(root, 'docs/performance.md');
const start = '<!-- LIGHTHOUSE:start -->';
const end = '<!-- LIGHTHOUSE:end -->';
const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
const block = `${start}\n${lines.join('\n')}\n${end}`;
writeFileSync(
  docPath,
  doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${doc.trimEnd()}\n\n## Lighthouse (npm run lighthouse)\n\n${block}\n`,
);
console.log(`written to ${docPath}`);
