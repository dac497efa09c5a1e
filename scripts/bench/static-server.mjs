/**
 * A loopback static server for benchmarks, serving a built site like a typical static host:
 * gzip for text, an ETag and "Cache-Control: max-age=600" on every file, 304 for a matching
 * If-None-Match, index.html for folders. It records every response's path and bytes on the wire, so
 * a benchmark can count what a page transferred. (Browser tests use scripts/serve-dist.mjs, which
 * also applies dist/_headers.)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * Starts serving `root` on 127.0.0.1 (a free port unless one is given).
 * Resolves to { origin, sent, close }: `sent` lists { path, bytes } for every response, in order.
 */
export function serveStatic(root, { port = 0, gzip = true } = {}) {
  const base = resolve(root);
  const sent = [];
  const compressed = new Map();
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return response.writeHead(400).end();
    }
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(`${base}/`)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      sent.push({ path, bytes: 0, status: 404 });
      return response.writeHead(404).end();
    }
    const extension = extname(file);
    const stats = statSync(file);
    const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const headers = { etag, 'cache-control': 'max-age=600', 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream' };
    if (request.headers['if-none-match'] === etag) {
      sent.push({ path, bytes: 0, status: 304 });
      return response.writeHead(304, headers).end();
    }
    if (gzip && COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 6 }));
      const body = compressed.get(file);
      sent.push({ path, bytes: body.length, status: 200 });
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      return response.end(body);
    }
    sent.push({ path, bytes: stats.size, status: 200 });
    response.writeHead(200, { ...headers, 'content-length': stats.size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, '127.0.0.1', () =>
      resolveStart({
        origin: `http://127.0.0.1:${server.address().port}`,
        sent,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
