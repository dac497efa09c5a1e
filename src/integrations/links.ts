/**
 * Keeps published links working across builds:
 *   - before the build, checks content/short-links.json, redirects.json and retired.json against the
 *     content (no move or retirement of a live page, no loop, no short link leading nowhere) and
 *     stops with a message naming the file;
 *   - after the build, writes from that one map (src/lib/links/redirects.ts) both dist/_redirects (301s for
 *     hosts that read it) and a static redirect page at every short link and moved address
 *     (src/lib/links/redirect-page.ts), except that a short link to a resource whose own address failed its
 *     last link checks gets a page offering the ways on (src/lib/links/broken-link-page.ts), plus the per-entry data files (citation downloads, trainer-list
 *     items). Writing them here rather than through Astro's router keeps the build fast at
 *     thousands of entries (docs/bench-links.md); they do not exist under `astro dev`.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentOnce } from '../lib/editing/content-files';
import { contentRoot, loadLinkData } from '../lib/links/link-data';
import { hostRedirectsFile, redirectRules, resolverFor } from '../lib/links/redirects';
import { codesPerTarget, linkTargets } from '../lib/links/short-links';
import { entryFiles } from '../lib/links/entry-files';
import { classroomFiles } from '../lib/classroom/classroom-files';
import { redirectPageHtml } from '../lib/links/redirect-page';
import { brokenLinkPageHtml } from '../lib/links/broken-link-page';
import { mayBeBroken } from '../lib/links/link-health';
import { readLinkHealth } from '../lib/links/link-health-files';
import { titlesByPath } from '../lib/links/short-links';
import { STAGE_TERMS, type StageId } from '../lib/model/vocabularies';
import { sitePath, withBase } from '../lib/catalogue/paths';

export default function links(): AstroIntegration {
  let base = '/';
  let site = '';
  let projectRoot = process.cwd();
  // Parsing every entry costs about 2 ms each: share the parse made by the content-integrity check.
  const loadOnce = (root: string) => loadContentOnce(root, projectRoot);
  return {
    name: 'alliance-pathways:links',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base;
        site = config.site ?? '';
        projectRoot = fileURLToPath(config.root);
        if (command !== 'build') return;
        const root = contentRoot(projectRoot);
        // The link files themselves are checked with the content (src/lib/editing/link-checks.ts), before this runs.
        const data = loadLinkData(root);
        const targets = linkTargets(loadOnce(root));
        const missing = [...codesPerTarget(data.registry, targets, resolverFor(data.moved))].filter(([, codes]) => codes.length === 0);
        if (missing.length > 0) {
          logger.warn(
            `${missing.length} entries or steps have no short link yet (${missing
              .slice(0, 3)
              .map(([key]) => key)
              .join(', ')}…): run \`npm run links:assign\``,
          );
        }
        logger.info(
          `links ok: ${Object.keys(data.registry.codes).length} short links, ${data.moved.length} moves, ${data.retired.length} retired`,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const root = contentRoot(projectRoot);
        const data = loadLinkData(root);
        const rules = redirectRules(data);
        // Each folder is made once: about 50,000 files at 10,000 entries, most of them sharing a folder with others.
        const folders = new Set<string>();
        const write = (path: string, text: string | Uint8Array) => {
          const file = join(outDir, path);
          const folder = dirname(file);
          if (!folders.has(folder)) {
            mkdirSync(folder, { recursive: true });
            folders.add(folder);
          }
          writeFileSync(file, text);
        };
        const content = loadOnce(root);
        // Short links to a resource whose own address failed its last checks get a page with the ways on instead of a redirect.
        const health = readLinkHealth(root);
        const brokenResources = new Map(
          content.resources.filter((entry) => mayBeBroken(health, entry.data.url)).map((entry) => [sitePath.resource(entry.id), entry]),
        );
        const withFallback = (rule: (typeof rules)[number]) => rule.kind === 'short-link' && brokenResources.has(rule.to);
        write(
          '/_redirects',
          hostRedirectsFile(
            rules.filter((rule) => !withFallback(rule)),
            base,
          ),
        );
        const titles = titlesByPath(content, (id) => STAGE_TERMS[id as StageId]);
        for (const entry of data.retired) titles.set(entry.path, `${entry.title} (withdrawn)`);
        for (const rule of rules) {
          const href = withBase(rule.to, base);
          const broken = withFallback(rule) ? brokenResources.get(rule.to) : undefined;
          if (broken) {
            const shortPath = withBase(rule.from, base);
            write(
              `${rule.from}index.html`,
              brokenLinkPageHtml({
                shortPath,
                canonical: new URL(shortPath, site).href,
                title: broken.data.title,
                pageHref: href,
                url: broken.data.url!,
                checkedAt: health.links[broken.data.url!]?.checkedAt,
                feedHref: withBase(sitePath.feed(), base),
              }),
            );
            continue;
          }
          const lead =
            rule.kind === 'short-link'
              ? `This is the short link ${withBase(rule.from, base)}. It leads to:`
              : `The page at ${withBase(rule.from, base)} has a new address. It is now:`;
          const note = rule.kind === 'moved' ? 'Old links keep working, but please use the new address in new material.' : undefined;
          const canonical = new URL(href.split('#')[0]!, site).href;
          write(
            `${rule.from}index.html`,
            redirectPageHtml({ href, canonical, title: titles.get(rule.to) ?? rule.to, lead, ...(note ? { note } : {}) }),
          );
        }
        const files = entryFiles(content, data, site, base);
        for (const [path, text] of files) write(path, text);
        const classroom = classroomFiles(content, data, health, site, base);
        for (const [path, body] of classroom) write(path, body);
        logger.info(
          `wrote _redirects and ${rules.length} redirect pages, ${files.size} citation and list files, and ${classroom.size} embed cards, oEmbed answers and course packages`,
        );
      },
    },
  };
}

/**
 * For @astrojs/sitemap: keeps out the short links (/r/…), the embed cards (/embed/…) and every moved or retired address,
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
  const embeds = withBase('/embed/', base); // cards for other sites' iframes, noindex
  return (page) => {
    const { pathname } = new URL(page);
    return !pathname.startsWith(shortLinks) && !pathname.startsWith(embeds) && !hidden.has(pathname);
  };
}
