/** The modules every benchmark shares: statistics and the loopback static server. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineLine, median, percentile } from '../../scripts/bench/stats.mjs';
import { serveStatic } from '../../scripts/bench/static-server.mjs';

describe('median and percentile', () => {
  it('take the middle and the nearest rank, whatever the input order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([7], 50)).toBe(7);
  });

  it('describe the machine with its load average', () => {
    expect(machineLine(new Date('2026-12-01T12:00:00Z'))).toMatch(
      /^Measured 2026-12-01 on \d+ CPU cores .* load average [\d.]+ \/ [\d.]+ \/ [\d.]+ /,
    );
  });
});

describe('serveStatic', () => {
  let root = '';
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bench-static-'));
    mkdirSync(join(root, 'folder'));
    writeFileSync(join(root, 'folder/index.html'), '<p>'.repeat(1000));
    writeFileSync(join(root, 'data.bin'), Buffer.alloc(300, 1));
    writeFileSync(join(tmpdir(), 'bench-static-outside.txt'), 'secret');
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a folder’s index.html gzipped and counts the bytes sent', async () => {
    const response = await fetch(`${server.origin}/folder/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>'.repeat(1000));
    const last = server.sent.at(-1)!;
    expect(last.path).toBe('/folder/');
    expect(last.bytes).toBeLessThan(3000);
  });

  it('answers 304 to a matching ETag, 404 to a missing file, and never serves outside its root', async () => {
    const first = await fetch(`${server.origin}/data.bin`);
    expect(first.status).toBe(200);
    expect((await first.arrayBuffer()).byteLength).toBe(300);
    const again = await fetch(`${server.origin}/data.bin`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${server.origin}/missing.html`)).status).toBe(404);
    const outside = await fetch(`${server.origin}/..%2fbench-static-outside.txt`);
    expect([403, 404]).toContain(outside.status);
  });
});
