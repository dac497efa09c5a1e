/**
 * The test server (scripts/serve-dist.mjs) behaves like a careful static host: its trailing-slash
 * redirect stays on the site whatever the request path holds (no open redirect to //other.host/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  server = spawn(process.execPath, [join(projectRoot, 'scripts/serve-dist.mjs'), '--port', String(PORT), '--root', root], { stdio: 'pipe' });
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

  it.each(['/%2Fevil.example%2F..%2Fabout', '//evil.example/../about', '/%5Cevil.example%2F..%2Fabout', '/%2F%2Fevil.example%2F..%2F..%2Fabout'])(
    'never redirects %s off the site',
    async (path) => {
      const { status, location } = await get(path);
      if (status === 301) expect(location).toBe('/about/');
      else expect(status).toBe(404);
    },
  );
});
