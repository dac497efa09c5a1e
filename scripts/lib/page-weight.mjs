/**
 * What a page of the built site costs to load: its HTML, the stylesheets it links, and the
 * scripts it runs (following static module imports), in raw and gzip bytes.
 * Used by the budget test (tests/dist/budgets.test.ts) and the benchmark (scripts/bench.mjs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Site path of a referenced file ("/_astro/x.js"), resolved against the referring file, base removed. */
function resolveRef(ref, fromSitePath, base) {
  const path = ref.startsWith('/') ? ref : posix.join(posix.dirname(fromSitePath), ref);
  return base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** Scripts imported statically by a module (Rolldown writes `import"./x.js"` and `from"./x.js"`). */
function staticImports(code) {
  return [...code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.js)["']/g)].map((match) => match[1]);
}

/**
 * @param {string} distDir folder of the build
 * @param {string} htmlSitePath e.g. "/resources/x/index.html"
 * @param {string} [base] the site's base path
 */
export function pageWeight(distDir, htmlSitePath, base = '/') {
  const html = readFileSync(join(distDir, htmlSitePath));
  const text = html.toString('utf8');
  const styles = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => resolveRef(m[1], htmlSitePath, base));
  const entryScripts = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => resolveRef(m[1], htmlSitePath, base));

  const scripts = new Set();
  const queue = [...entryScripts];
  while (queue.length > 0) {
    const path = queue.shift();
    if (scripts.has(path) || !existsSync(join(distDir, path))) continue;
    scripts.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const ref of staticImports(code)) queue.push(resolveRef(ref, path, '/'));
  }

  const sum = (paths) =>
    [...paths].reduce(
      (total, path) => {
        const buffer = readFileSync(join(distDir, path));
        return { raw: total.raw + buffer.length, gzip: total.gzip + gzipBytes(buffer) };
      },
      { raw: 0, gzip: 0 },
    );
  return {
    html: { raw: html.length, gzip: gzipBytes(html) },
    css: sum(new Set(styles)),
    js: sum(scripts),
    scripts: [...scripts],
    styles: [...new Set(styles)],
  };
}

/** Total bytes of every file below a folder. */
export function folderBytes(dir) {
  let total = 0;
  const walk = (folder) => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else total += statSync(path).size;
    }
  };
  walk(dir);
  return total;
}
