/**
 * The test server (scripts/serve-dist.mjs) behaves like a careful static host: its trailing-slash
 * redirect stays on the site whatever the request path holds (no open redirect to //other.host/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-root';

const PORT = 4417;
let server: ChildProcess;

/** One raw request (the path is sent exactly as given, not normalised by a URL parser). */
function get(path: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, method: 'GET' }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  mkdirSync(join(root, 'about'));
  writeFileSync(join(root, 'about/index.html'), '<!doctype html><title>About</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  server = spawn(process.execPath, [join(projectRoot, 'scripts/serve-dist.mjs'), '--port', String(PORT), '--root', root], {
    stdio: 'pipe',
  });
  await new Promise<void>((resolve) => server.stdout?.once('data', () => resolve()));
});

afterAll(() => {
  server.kill();
});

describe('serve-dist', () => {
  it('adds the trailing slash with a redirect on the site', async () => {
    expect(await get('/about')).toEqual({ status: 301, location: '/about/' });
    expect(await get('/about?x=1')).toEqual({ status: 301, location: '/about/?x=1' });
  });

  it.each([
    '/%2Fevil.example%2F..%2Fabout',
    '//evil.example/../about',
    '/%5Cevil.example%2F..%2Fabout',
    '/%2F%2Fevil.example%2F..%2F..%2Fabout',
  ])('never redirects %s off the site', async (path) => {
    const { status, location } = await get(path);
    if (status === 301) expect(location).toBe('/about/');
    else expect(status).toBe(404);
  });
});

describe('serve-dist --gzip (how npm run lighthouse serves pages, as hosts do)', () => {
  const GZIP_PORT = 4418;
  let gzipServer: ChildProcess;
  const page = `<!doctype html><title>About</title>${'<p>Compressible text.</p>'.repeat(200)}`;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-dist-gzip-'));
    mkdirSync(join(root, 'about'));
    writeFileSync(join(root, 'about/index.html'), page);
    writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    gzipServer = spawn(
      process.execPath,
      [join(projectRoot, 'scripts/serve-dist.mjs'), '--port', String(GZIP_PORT), '--root', root, '--gzip'],
      { stdio: 'pipe' },
    );
    await new Promise<void>((resolve) => gzipServer.stdout?.once('data', () => resolve()));
  });

  afterAll(() => gzipServer.kill());

  function fetchRaw(path: string, acceptEncoding?: string): Promise<{ encoding?: string; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      const req = request({ host: '127.0.0.1', port: GZIP_PORT, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('compresses text for a client that accepts gzip, and the page unzips to the file', async () => {
    const { encoding, body } = await fetchRaw('/about/', 'gzip, deflate, br');
    expect(encoding).toBe('gzip');
    expect(body.length).toBeLessThan(page.length / 5);
    expect(gunzipSync(body).toString('utf8')).toBe(page);
  });

  it('sends text as it is to a client that does not accept gzip, and never compresses images', async () => {
    expect((await fetchRaw('/about/')).encoding).toBeUndefined();
    expect((await fetchRaw('/logo.png', 'gzip')).encoding).toBeUndefined();
  });
});
