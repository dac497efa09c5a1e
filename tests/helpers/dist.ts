/** Reading the built site in dist/ for checks that run after `astro build`. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { projectRoot } from './content-root';

/** The build under test: dist/, or DIST_DIR (the benchmark checks the budgets over each size it builds). */
export const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(projectRoot, 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** Every HTML file in dist/, as site paths ("/resources/x/index.html"). */
export function htmlFiles(dir: string = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [`/${relative(distDir, path).split(sep).join('/')}`] : [];
  });
}

export function readDist(sitePath: string): string {
  return readFileSync(join(distDir, sitePath), 'utf8');
}

/** The file a site URL path is served from, or undefined if there is none. */
export function fileForPath(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
  return candidates.find(
    (candidate) =>
      existsSync(join(distDir, decodeURIComponent(candidate))) && statSync(join(distDir, decodeURIComponent(candidate))).isFile(),
  );
}

/** href and src values of a page (our own generated HTML, so attribute extraction by pattern is reliable). */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

/** Every id attribute of a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** Decodes the few entities Astro writes in text (enough to compare titles). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The text of the page's first h1. */
export function h1Text(html: string): string | undefined {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return match ? decodeEntities(match[1]!.replace(/<[^>]+>/g, '')).trim() : undefined;
}

/**
 * Why an internal link (as written on `fromPage`, or a site path) does not land, or undefined when it
 * does: no file for its path, or no element with its #anchor on that page.
 */
export function brokenInternalLink(link: string, fromPage = '/'): string | undefined {
  const url = new URL(link, `http://site${fromPage}`);
  const target = fileForPath(url.pathname);
  if (!target) return `${link} (no page)`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && target.endsWith('.html') && !idsIn(readDist(target)).has(anchor)) return `${link} (no #${anchor})`;
  return undefined;
}
