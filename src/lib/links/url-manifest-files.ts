/**
 * Node side of the URL manifest: reads a built dist/ into a snapshot, and reads and writes
 * content/url-manifest.json. Used by `npm run manifest:update` and by the dist tests.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { allIds, trainerAnchors, type SitePage, type SiteSnapshot, type UrlManifest } from './url-manifest';

export const MANIFEST_FILE = 'url-manifest.json';

/**
 * Files that are machinery rather than addresses anyone links to: hashed assets, the search index,
 * the browse index (named by its content hash, so it changes name with every catalogue change),
 * host configuration, numbered sitemap parts (the sitemap index is the address), and the per-entry
 * files that exist exactly when their entry's page does (citation downloads, list items; the dist
 * tests check those one by one).
 */
const NOT_PUBLISHED = [
  /^\/_astro\//,
  /^\/pagefind\//,
  /^\/browse\//,
  /^\/_[^/]*$/,
  /^\/sitemap-\d+\.xml$/,
  /^\/404\.html$/,
  /^\/cite\//,
  /^\/lists\/items\//,
];

function walk(dir: string, root: string): string[] {
  // File types from the directory listing: a stat per file cost more than reading the listing at 60,000 files.
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? walk(path, root) : [`/${relative(root, path).split(sep).join('/')}`];
  });
}

/** A page whose anchors and ids are read from its HTML each time they are asked for. */
function pageReadWhenAsked(htmlPath: string): SitePage {
  return {
    get anchors() {
      return trainerAnchors(readFileSync(htmlPath, 'utf8'));
    },
    get ids() {
      return allIds(readFileSync(htmlPath, 'utf8'));
    },
  };
}

/** A page whose anchors are read now and kept (copied out: a matched id is a slice that keeps its whole page's HTML in memory otherwise). */
function pageWithAnchors(htmlPath: string): SitePage {
  const anchors = trainerAnchors(readFileSync(htmlPath, 'utf8')).map((anchor) => Buffer.from(anchor, 'utf8').toString('utf8'));
  return {
    anchors,
    get ids() {
      return allIds(readFileSync(htmlPath, 'utf8'));
    },
  };
}

/**
 * What a build in `distDir` serves. Pages are folder paths ("/resources/x/"), other files their own path.
 * A page's ids are read from its HTML when asked and not kept (keeping every id of every page ran out of
 * heap at 100,000 pages, 4 GB); so are its anchors, unless `keepAnchors`: the build's check asks only for
 * the ids of pages with recorded anchors, while `npm run manifest:update` uses every page's anchors twice
 * (the diff and the new manifest) and reads each page once with `keepAnchors`.
 * `reading` is told the number of files and each one listed (a count on a terminal, src/lib/editing/terminal-progress.ts).
 */
export function readSnapshot(
  distDir: string,
  reading?: { update(done: number): void; finish(): void },
  options: { keepAnchors?: boolean } = {},
): SiteSnapshot {
  const pages: SiteSnapshot['pages'] = new Map();
  const files = new Set<string>();
  let read = 0;
  for (const file of walk(distDir, distDir)) {
    reading?.update((read += 1));
    if (NOT_PUBLISHED.some((pattern) => pattern.test(file))) continue;
    if (file.endsWith('/index.html')) {
      const path = file.slice(0, -'index.html'.length);
      pages.set(path, options.keepAnchors ? pageWithAnchors(join(distDir, file)) : pageReadWhenAsked(join(distDir, file)));
    } else files.add(file);
  }
  reading?.finish();
  return { pages, files };
}

export function readManifest(contentRoot: string): UrlManifest {
  const path = join(contentRoot, MANIFEST_FILE);
  if (!existsSync(path)) return { pages: {}, files: [] };
  return JSON.parse(readFileSync(path, 'utf8')) as UrlManifest;
}

/** Written with one page per line, so a diff shows exactly which addresses were added. */
export function serialiseManifest(manifest: UrlManifest): string {
  const lines = Object.entries(manifest.pages).map(([path, anchors]) => `    ${JSON.stringify(path)}: ${JSON.stringify(anchors)}`);
  const files = manifest.files.map((file) => `    ${JSON.stringify(file)}`);
  const comment = manifest.$comment ? `  "$comment": ${JSON.stringify(manifest.$comment)},\n` : '';
  return `{\n${comment}  "pages": {\n${lines.join(',\n')}\n  },\n  "files": [\n${files.join(',\n')}\n  ]\n}\n`;
}

export function writeManifest(contentRoot: string, manifest: UrlManifest): void {
  writeFileSync(join(contentRoot, MANIFEST_FILE), serialiseManifest(manifest));
}
