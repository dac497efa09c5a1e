#!/usr/bin/env node
/**
 * A small static server for the built dist/, used by the browser tests.
 * (Astro 7 allows one `astro preview` per project, so tests use their own server and can
 * run while `npm start` is serving.) It behaves like a static host: index.html for folders,
 * a redirect to add the trailing slash, and dist/404.html with status 404 for anything else.
 * With --gzip it compresses text as hosts and CDNs do (Lighthouse measures pages as a visitor gets them).
 * Usage: node scripts/serve-dist.mjs [--port 4322] [--root dist] [--base /] [--gzip]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4322' },
    root: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    gzip: { type: 'boolean', default: false },
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
  '.imscc': 'application/zip',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Reads dist/_headers (Netlify/Cloudflare format: a path pattern, then indented "Name: value" lines)
 * so the browser tests run under the same headers, CSP included, that a real host would send.
 */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

function headersFor(pathname) {
  const headers = {};
  for (const { pattern, headers: values } of headerRules) {
    const matches = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (matches) Object.assign(headers, values);
  }
  return headers;
}

/** Text types a host would compress. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|javascript)|image\/svg\+xml)/;

function send(response, status, file, pathname = '/') {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip = values.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(response.req.headers['accept-encoding'] ?? ''));
  response.writeHead(status, {
    ...headersFor(pathname),
    'content-type': type,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
  });
  const body = createReadStream(file);
  if (gzip) body.pipe(createGzip()).pipe(response);
  else body.pipe(response);
}

function notFound(response) {
  const page = join(root, '404.html');
  if (existsSync(page)) send(response, 404, page, base);
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
      // Built from the normalised path inside dist/, never from the raw request: a path such as
      // /%2Fevil.example%2F..%2Fabout would otherwise answer with "//evil.example/…", another site.
      const local = `${base}${relative.split('/').filter(Boolean).join('/')}/`;
      response.writeHead(301, { location: `${encodeURI(local)}${query ? `?${query}` : ''}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    return existsSync(index) ? send(response, 200, index, pathname) : notFound(response);
  }
  if (existsSync(file)) return send(response, 200, file, pathname);
  return notFound(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
