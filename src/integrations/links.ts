/**
 * Keeps published links working across builds:
 *   - before the build, checks content/short-links.json, redirects.json and retired.json against the
 *     content (no move or retirement of a live page, no loop, no short link leading nowhere) and
 *     stops with a message naming the file;
 *   - after the build, writes dist/_redirects (301s for hosts that read it) from the same map that
 *     produces the static redirect pages (src/lib/redirects.ts).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content-files';
import { contentRoot, loadLinkData } from '../lib/link-data';
import { hostRedirectsFile, linkDataProblems, redirectRules, resolverFor } from '../lib/redirects';
import { codesPerTarget, linkTargets, targetSitePath } from '../lib/short-links';
import { withBase } from '../lib/paths';

export default function links(): AstroIntegration {
  let base = '/';
  return {
    name: 'alliance-pathways:links',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base;
        if (command !== 'build') return;
        const projectRoot = fileURLToPath(config.root);
        const root = contentRoot(projectRoot);
        const data = loadLinkData(root);
        const targets = linkTargets(loadContent(root, projectRoot));
        const problems = linkDataProblems(data, new Set(targets.map(targetSitePath)));
        if (problems.length > 0) throw new Error(`Link check failed with ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        const missing = [...codesPerTarget(data.registry, targets, resolverFor(data.moved))].filter(([, codes]) => codes.length === 0);
        if (missing.length > 0) {
          logger.warn(`${missing.length} entries or steps have no short link yet (${missing.slice(0, 3).map(([key]) => key).join(', ')}…): run \`npm run links:assign\``);
        }
        logger.info(`links ok: ${Object.keys(data.registry.codes).length} short links, ${data.moved.length} moves, ${data.retired.length} retired`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const rules = redirectRules(loadLinkData());
        writeFileSync(join(fileURLToPath(dir), '_redirects'), hostRedirectsFile(rules, base));
        logger.info(`wrote _redirects with ${rules.length} rules`);
      },
    },
  };
}

/**
 * For @astrojs/sitemap: keeps out the short links (/r/…) and every moved or retired address,
 * so the sitemap lists only pages people should land on.
 */
export function sitemapFilter(base: string): (page: string) => boolean {
  const data = loadLinkData();
  const hidden = new Set(
    [...data.moved.map((entry) => entry.from), ...data.retired.map((entry) => entry.path)]
      .filter((path) => !path.includes('#'))
      .map((path) => withBase(path, base)),
  );
  const shortLinks = withBase('/r/', base);
  return (page) => {
    const { pathname } = new URL(page);
    return !pathname.startsWith(shortLinks) && !hidden.has(pathname);
  };
}
