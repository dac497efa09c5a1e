/**
 * The site can live under a sub-path (GitHub Pages project sites): built with BASE_PATH=/some-base/,
 * every internal link and asset must point inside the base and resolve to a file of the build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-root';
import { runAstro } from '../helpers/astro-build';
import { linksIn } from '../helpers/dist';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/lib/chromium.mjs';

const BASE = '/some-base/';
let outDir = '';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [relative(outDir, path).split(sep).join('/')] : [];
  });
}

function resolves(pathname: string): boolean {
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = pathname.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
  return candidates.some((candidate) => existsSync(join(outDir, candidate)));
}

beforeAll(() => {
  const result = runAstro('build', { base: BASE });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.output}`);
  outDir = result.outDir;
}, 180_000);

describe(`a build under ${BASE}`, () => {
  it('keeps every internal link and asset inside the base, and each one resolves', () => {
    const files = pages(outDir);
    expect(files.length).toBeGreaterThan(50);
    const outside: string[] = [];
    const broken: string[] = [];
    for (const file of files) {
      for (const link of linksIn(readFileSync(join(outDir, file), 'utf8'))) {
        if (/^(?:[a-z]+:|\/\/|#)/i.test(link) || link === '') continue;
        const { pathname } = new URL(link, `http://site${BASE}${file}`);
        if (!pathname.startsWith(BASE)) outside.push(`${file} → ${link}`);
        else if (!resolves(pathname)) broken.push(`${file} → ${link}`);
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('writes host headers for the base and builds the search index', () => {
    expect(readFileSync(join(outDir, '_headers'), 'utf8').split('\n')[0]).toBe(`${BASE}*`);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('keeps the embed cards, oEmbed answers and course packages inside the base', () => {
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(new RegExp(`^${BASE}embed/\\*\\n(?:  .*\\n)*?  Content-Security-Policy: [^\\n]*frame-ancestors \\*\\n`, 'm'));
    const pathway = readdirSync(join(outDir, 'oembed/pathways'))[0]!.replace(/\.json$/, '');
    const answer = JSON.parse(readFileSync(join(outDir, 'oembed/pathways', `${pathway}.json`), 'utf8')) as {
      html: string;
      provider_url: string;
    };
    const src = new URL(/src="([^"]+)"/.exec(answer.html)![1]!);
    expect(src.pathname).toBe(`${BASE}embed/pathways/${pathway}/`);
    expect(resolves(src.pathname)).toBe(true);
    expect(new URL(answer.provider_url).pathname).toBe(BASE);
    const files = unzipSync(new Uint8Array(readFileSync(join(outDir, 'exports/pathways', `${pathway}.imscc`))));
    const links = Object.entries(files)
      .filter(([name]) => name !== 'imsmanifest.xml')
      .map(([, bytes]) => new URL(/<url href="([^"]+)"/.exec(strFromU8(bytes))![1]!).pathname);
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((path) => !path.startsWith(BASE) || !resolves(path))).toEqual([]);
  });
});

describe(`search under ${BASE}, in Chromium`, () => {
  it('finds a resource by title and links to it inside the base', async () => {
    const port = 4390 + Math.floor(Math.random() * 9);
    const server = spawn(
      process.execPath,
      [join(projectRoot, 'scripts/serve-dist.mjs'), '--root', outDir, '--base', BASE, '--port', String(port)],
      { stdio: 'ignore' },
    );
    const browser = await chromium.launch({
      ...CHROMIUM_LAUNCH_OPTIONS,
    });
    try {
      await new Promise((done) => setTimeout(done, 500));
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${port}${BASE}search/?q=Art%20and%20Public%20Health`);
      const result = page.locator('[data-search-results] a').first();
      await result.waitFor({ timeout: 20_000 });
      expect(await result.getAttribute('href')).toBe(`${BASE}resources/art-and-public-health/`);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      server.kill();
    }
  }, 60_000);
});
