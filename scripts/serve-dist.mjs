#!/usr/bin/env node
/**
 * A small static server for the built dist/, used by the browser tests.
 * (Astro 7 allows one `astro preview` per project, so tests use their own server and can
 * run while `npm start` is serving.) It behaves like a static host: index.html for folders,
 * a redirect to add the trailing slash, and dist/404.html with status 404 for anything else.
 * Usage: node scripts/serve-dist.mjs [--port 4322] [--root dist] [--base /]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4322' },
    root: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
  },
});
const root = resolve(values.root);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function send(response, status, file) {
  response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

function notFound(response) {
  const page = join(root, '404.html');
  if (existsSync(page)) send(response, 404, page);
  else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return notFound(response);
  }
  if (!pathname.startsWith(base)) return notFound(response);
  const relative = normalize(pathname.slice(base.length - 1));
  const file = join(root, relative);
  if (!file.startsWith(root)) return notFound(response); // no escaping dist/ with ../
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      const query = (request.url ?? '').split('?')[1];
      response.writeHead(301, { location: `${pathname}/${query ? `?${query}` : ''}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    return existsSync(index) ? send(response, 200, index) : notFound(response);
  }
  if (existsSync(file)) return send(response, 200, file);
  return notFound(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
