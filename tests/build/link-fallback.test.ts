/**
 * Links out that fail get a way on: a copy of content/ whose link report says one entry's address
 * failed twice in a row (and another's once) is built into a temporary folder. The first shows
 * "link may be broken" with the archived copies, its short link says so and offers the ways on
 * (instead of forwarding), and `npm run check` lists it for editors; the second, failed once, does not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-root';
import { copyOfContent, removeCopies, runScript } from '../helpers/import-env';
import { content } from '../helpers/real-content';
import { serialiseLinkHealth } from '../../src/lib/links/link-health-files';

afterAll(removeCopies);

const linked = [...content.resources].filter((entry) => entry.data.url).sort((a, b) => a.id.localeCompare(b.id));
const broken = linked[0]!;
const once = linked[1]!;
const codes = (JSON.parse(readFileSync(join(projectRoot, 'content/short-links.json'), 'utf8')) as { codes: Record<string, string> }).codes;
const codeOf = (id: string) => Object.entries(codes).find(([, key]) => key === `resource:${id}`)![0];

let outDir = '';
let contentDir = '';
let buildOutput = '';
let status: number | null = null;

beforeAll(() => {
  contentDir = copyOfContent();
  const record = (failures: number) => ({
    outcome: 'not-found' as const,
    status: 404,
    checkedAt: '2026-12-08',
    failures,
    lastOk: '2026-11-24',
  });
  writeFileSync(
    join(contentDir, 'link-health.json'),
    serialiseLinkHealth({ checkedAt: '2026-12-08', links: { [broken.data.url!]: record(2), [once.data.url!]: record(1) } }),
  );
  outDir = mkdtempSync(join(tmpdir(), 'alliance-fallback-dist-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(dirname(contentDir), 'cache') },
    encoding: 'utf8',
    timeout: 240_000,
  });
  status = result.status;
  buildOutput = `${result.stdout}${result.stderr}`;
}, 300_000);

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe('an entry whose link failed twice in a row', () => {
  it('builds', () => expect(status, buildOutput.slice(-3000)).toBe(0));

  it('says "link may be broken" on its page and offers the archived copies', () => {
    const html = page(`resources/${broken.id}`);
    expect(html).toContain('data-link-may-be-broken');
    expect(html).toContain(`href="https://web.archive.org/web/${broken.data.url}"`);
  });

  it('says so on its embed card too, with the archived copies', () => {
    const card = page(`embed/resources/${broken.id}`);
    expect(card).toContain('The publisher’s link may be broken');
    expect(card).toContain(`href="https://web.archive.org/web/${broken.data.url}"`);
    expect(page(`embed/resources/${once.id}`)).not.toContain('may be broken');
  });

  it('has a short link that says so and offers our page, the archive and the publisher’s site, instead of forwarding', () => {
    const html = page(`r/${codeOf(broken.id)}`);
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain('the link may be broken');
    expect(html).toContain(`<a href="/resources/${broken.id}/" data-fallback="page">`);
    expect(html).toContain(`href="https://web.archive.org/web/${broken.data.url}"`);
    expect(html).toContain(`href="${new URL(broken.data.url!).origin}/" rel="noopener noreferrer external" data-fallback="publisher"`);
    const redirects = readFileSync(join(outDir, '_redirects'), 'utf8');
    expect(redirects).not.toContain(`/r/${codeOf(broken.id)}/ `);
    expect(redirects).toContain(`/r/${codeOf(once.id)}/ /resources/${once.id}/ 301`);
  });

  it('is listed for editors by npm run check, without failing it', () => {
    const run = runScript('check.ts', ['--content-only'], { contentDir });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain(`content/resources/${broken.id}.md → field "url": ${broken.data.url} not found (404), 2 checks in a row`);
    expect(run.stdout).not.toContain(`content/resources/${once.id}.md`);
    expect(run.stdout).toMatch(/links: 1 may be broken \(link check of 2026-12-08/);
  });
});

describe('an entry whose link failed once', () => {
  it('keeps its plain link, the archived copies and a forwarding short link', () => {
    const html = page(`resources/${once.id}`);
    expect(html).not.toContain('data-link-may-be-broken');
    expect(html).toContain('data-archived-copy');
    expect(page(`r/${codeOf(once.id)}`)).toContain('http-equiv="refresh"');
    expect(existsSync(join(outDir, 'embed/resources', once.id, 'index.html'))).toBe(true);
  });
});
