/**
 * The outbound link checker against a local server (never a real address): each kind of answer is
 * recorded correctly, politely (HEAD first, GET only when needed, one request per host at a time),
 * and the command writes content/link-health.json and the readable report.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll, checkUrl } from '../../src/lib/links/link-checker';
import { linkHealthFileSchema } from '../../src/schemas/link-health';
import { makeContentRoot, projectRoot } from '../helpers/content-root';
import { validGuideFile } from '../helpers/resource-input';
import { startLinkTestServer, type LinkTestServer } from '../helpers/link-test-server';

let server: LinkTestServer;
beforeAll(async () => {
  server = await startLinkTestServer();
});
afterAll(() => server.close());

// Long enough for a busy machine (a slow answer is not a timeout), short enough for /slow to time out quickly.
const FAST = { timeoutMs: 1500, retries: 1, backoffMs: 10, hostDelayMs: 0 };

describe('checkUrl records each kind of answer', () => {
  it.each([
    ['/ok', { outcome: 'ok', status: 200 }],
    ['/moved', { outcome: 'ok', status: 200, finalUrl: '/ok' }],
    ['/missing', { outcome: 'not-found', status: 404 }],
    ['/gone', { outcome: 'gone', status: 410 }],
    ['/broken', { outcome: 'server-error', status: 500 }],
    ['/slow', { outcome: 'timeout' }],
    ['/loop-a', { outcome: 'redirect-loop', status: 302, finalUrl: '/loop-a' }],
    ['/no-head', { outcome: 'ok', status: 200 }],
    ['/forbidden', { outcome: 'inconclusive', status: 403 }],
  ] as const)('%s', async (path, expected) => {
    const result = await checkUrl(`${server.origin}${path}`, FAST);
    expect(result.url).toBe(`${server.origin}${path}`);
    expect(result.outcome).toBe(expected.outcome);
    expect(result.status).toBe('status' in expected ? expected.status : undefined);
    expect(result.finalUrl).toBe('finalUrl' in expected ? `${server.origin}${expected.finalUrl}` : undefined);
  });

  it('asks with HEAD first and uses GET only when HEAD is refused', async () => {
    server.requests.length = 0;
    await checkUrl(`${server.origin}/ok`, FAST);
    await checkUrl(`${server.origin}/no-head`, FAST);
    expect(server.requests).toEqual(['HEAD /ok', 'HEAD /no-head', 'GET /no-head']);
  });

  it('retries a server error, but not a 404', async () => {
    server.requests.length = 0;
    await checkUrl(`${server.origin}/broken`, { ...FAST, retries: 2 });
    await checkUrl(`${server.origin}/missing`, { ...FAST, retries: 2 });
    expect(server.requests.filter((line) => line.endsWith('/broken'))).toHaveLength(6); // 3 attempts × HEAD + GET
    expect(server.requests.filter((line) => line.endsWith('/missing'))).toHaveLength(2); // one attempt
  });

  it('refuses what is not an http(s) address without a request', async () => {
    expect((await checkUrl('javascript:alert(1)', FAST)).outcome).toBe('network-error');
    expect((await checkUrl('not a url', FAST)).outcome).toBe('network-error');
  });

  it('reports a closed port as a network error', async () => {
    const result = await checkUrl('http://127.0.0.1:9/', { ...FAST, retries: 0 });
    expect(result.outcome).toBe('network-error');
  });
});

describe('checkAll', () => {
  it('sends one request at a time to a host and returns results in the order asked', async () => {
    let inFlight = 0;
    let most = 0;
    const countingFetch: typeof fetch = async (input, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const urls = ['/ok', '/missing', '/gone', '/moved'].map((path) => `${server.origin}${path}`);
    const results = await checkAll(urls, { ...FAST, concurrency: 4, fetch: countingFetch });
    expect(results.map((result) => result.url)).toEqual(urls);
    expect(results.map((result) => result.outcome)).toEqual(['ok', 'not-found', 'gone', 'ok']);
    expect(most).toBe(1);
  });
});

describe('npm run links:check-external', () => {
  const run = promisify(execFile);
  // Entries need a domain name to pass the schema: links.localhost, which the preloaded helper sends here.
  const origin = () => server.origin.replace('127.0.0.1', 'links.localhost');
  const entry = (title: string, path: string) =>
    validGuideFile('{ editor: true }').replace('title: A Field Guide', `title: ${title}\nurl: ${origin()}${path}`);

  it('records every outcome in content/link-health.json and flags links that failed twice in a row', async () => {
    const root = makeContentRoot({
      'fine-guide.md': entry('Fine Guide', '/ok'),
      'moved-guide.md': entry('Moved Guide', '/moved'),
      'missing-guide.md': entry('Missing Guide', '/missing'),
      'gone-guide.md': entry('Gone Guide', '/gone'),
      'broken-guide.md': entry('Broken Guide', '/broken'),
      'slow-guide.md': entry('Slow Guide', '/slow'),
      'loop-guide.md': entry('Loop Guide', '/loop-a'),
    });
    // The readable report belongs in docs/, never in content/ (the content check refuses stray files there).
    const report = join(mkdtempSync(join(tmpdir(), 'link-report-')), 'link-health.md');
    const args = [
      '--import',
      './tests/helpers/localhost-dns.mjs',
      '--import',
      './scripts/lib/ts-resolve.mjs',
      'scripts/check-external-links.ts',
      '--timeout',
      '2',
      '--retries',
      '0',
      '--host-delay',
      '0',
      '--report',
      report,
    ];
    const options = { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: root, NO_COLOR: '1' } };
    await run(process.execPath, [...args, '--day', '2026-12-01'], options);
    const first = linkHealthFileSchema.parse(JSON.parse(readFileSync(join(root, 'link-health.json'), 'utf8')));
    const at = (path: string) => first.links[`${origin()}${path}`];
    expect(first.checkedAt).toBe('2026-12-01');
    expect(Object.keys(first.links)).toHaveLength(7);
    expect(at('/ok')).toMatchObject({ outcome: 'ok', status: 200, failures: 0, lastOk: '2026-12-01' });
    expect(at('/moved')).toMatchObject({ outcome: 'ok', status: 200, finalUrl: `${origin()}/ok` });
    expect(at('/missing')).toMatchObject({ outcome: 'not-found', status: 404, failures: 1 });
    expect(at('/gone')).toMatchObject({ outcome: 'gone', status: 410, failures: 1 });
    expect(at('/broken')).toMatchObject({ outcome: 'server-error', status: 500, failures: 1 });
    expect(at('/slow')).toMatchObject({ outcome: 'timeout', failures: 1 });
    expect(at('/loop-a')).toMatchObject({ outcome: 'redirect-loop', failures: 1 });
    expect(readFileSync(report, 'utf8')).toMatch(/## May be broken \(for editors\)\n\nNone\./);

    const second = await run(process.execPath, [...args, '--day', '2026-12-08'], options);
    const again = linkHealthFileSchema.parse(JSON.parse(readFileSync(join(root, 'link-health.json'), 'utf8')));
    expect(again.links[`${origin()}/missing`]).toMatchObject({ failures: 2, checkedAt: '2026-12-08' });
    expect(again.links[`${origin()}/ok`]).toMatchObject({ failures: 0, lastOk: '2026-12-08' });
    expect(second.stdout).toMatch(/5 may be broken/);
    const markdown = readFileSync(report, 'utf8');
    expect(markdown).toContain('`content/resources/missing-guide.md`');
    expect(markdown).not.toContain('`content/resources/fine-guide.md`');
  }, 60_000);
});
