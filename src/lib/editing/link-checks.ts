/**
 * The link files as content checks, so the build and `npm run check` both run them (CONTENT_CHECKS):
 *   - short-links.json, redirects.json, retired.json: valid, no move or withdrawal of a live page,
 *     no loop, no short link or move leading nowhere (linkDataProblems; their schemas allow site
 *     paths only, so no target is off-site);
 *   - url-manifest.json: no recorded address that the content says will vanish. Before a build,
 *     the addresses that content decides are predicted: entry pages and their step anchors, short
 *     links, facet value pages. After the build, publishedAddressProblems compares the whole dist/.
 * Every message names the file to edit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem, LoadedContent } from './content-files';
import { loadLinkData } from '../links/link-data';
import { linkDataProblems, resolvePath, type LinkData } from '../links/redirects';
import { linkTargets, targetSitePath } from '../links/short-links';
import { FACET_DEFINITIONS, facetValueTerms } from '../catalogue/facets';
import { FACET_KEYS } from '../catalogue/browse';
import { lostAddresses, type SiteSnapshot, type UrlManifest } from '../links/url-manifest';
import { MANIFEST_FILE } from '../links/url-manifest-files';

const HOW_TO_KEEP =
  'a published address must keep working: restore it, or record a move in content/redirects.json or a withdrawal in content/retired.json (see CONTRIBUTING, "Rename an entry" and "Retire an entry")';

const fileOf = (contentRoot: string, projectRoot: string, name: string): string =>
  relative(projectRoot, join(contentRoot, name)).split(sep).join('/');

/** "redirects.json: …" messages from the link code, as problems naming the file. */
function asProblems(messages: readonly string[], contentRoot: string, projectRoot: string): ContentProblem[] {
  return messages.map((message) => {
    const field = /^([a-z-]+\.json) → field "([^"]*)": ([\s\S]*)$/.exec(message);
    if (field) return { file: fileOf(contentRoot, projectRoot, field[1]!), field: field[2]!, message: field[3]! };
    const match = /^([a-z-]+\.json):? ?([\s\S]*)$/.exec(message);
    return match
      ? { file: fileOf(contentRoot, projectRoot, match[1]!), field: '', message: match[2]! }
      : { file: fileOf(contentRoot, projectRoot, ''), field: '', message };
  });
}

/** Reads the manifest, or says why it cannot be read. */
export function readManifestChecked(contentRoot: string): UrlManifest | { error: string } {
  const path = join(contentRoot, MANIFEST_FILE);
  if (!existsSync(path)) return { pages: {}, files: [] };
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as UrlManifest;
    if (typeof manifest.pages !== 'object' || manifest.pages === null || !Array.isArray(manifest.files))
      return { error: 'must hold "pages" (an object) and "files" (a list)' };
    return manifest;
  } catch (error) {
    return { error: `is not valid JSON: ${(error as Error).message}` };
  }
}

/** The pages and anchors that the content decides, as a build would publish them. */
export function predictedAddresses(content: LoadedContent, links: LinkData): { pages: Set<string>; anchors: Set<string> } {
  const pages = new Set<string>();
  const anchors = new Set<string>();
  for (const target of linkTargets(content)) {
    const path = targetSitePath(target);
    if (path.includes('#')) anchors.add(path);
    else pages.add(path);
  }
  for (const code of Object.keys(links.registry.codes)) pages.add(`/r/${code}/`);
  for (const entry of links.moved) if (!entry.from.includes('#')) pages.add(entry.from);
  for (const entry of links.retired) pages.add(entry.path);
  const terms = facetValueTerms(content.resources);
  for (const key of FACET_KEYS) {
    const segment = FACET_DEFINITIONS[key].segment;
    if (segment) for (const term of terms[key]) pages.add(`/${segment}/${term.value}/`);
  }
  return { pages, anchors };
}

/** Kinds of recorded page whose existence the content alone decides (the rest is checked after the build). */
function isPredictable(path: string): boolean {
  if (/^\/(?:resources|stages|pathways|r)\/[^/]+\/$/.test(path)) return true;
  const segment = /^\/([a-z]+)\/[^/]+\/$/.exec(path)?.[1];
  return segment !== undefined && FACET_KEYS.some((key) => FACET_DEFINITIONS[key].segment === segment);
}

/** Recorded addresses that the current content would drop, before anything is built. */
export function lostAddressProblems(
  manifest: UrlManifest,
  predicted: { pages: Set<string>; anchors: Set<string> },
  links: LinkData,
  manifestFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const retired = new Set(links.retired.map((entry) => entry.path));
  for (const [path, recordedAnchors] of Object.entries(manifest.pages)) {
    if (!isPredictable(path)) continue;
    if (!predicted.pages.has(path)) {
      const code = /^\/r\/([^/]+)\/$/.exec(path)?.[1];
      problems.push({
        // A lost code is fixed in short-links.json; any other lost page by a move or a withdrawal.
        file: code ? manifestFile.replace(/url-manifest\.json$/, 'short-links.json') : manifestFile,
        field: '',
        message: code
          ? `the short link ${path} is recorded in url-manifest.json as published, but code "${code}" is gone from this file: codes are permanent, restore its line (git show HEAD:content/short-links.json)`
          : `${path} is recorded as published but the build would no longer serve it; ${HOW_TO_KEEP}`,
      });
      continue;
    }
    // Step anchors are promises to trainers too; other anchors (section headings) are checked after the build.
    for (const anchor of recordedAnchors.filter((name) => name.startsWith('step-'))) {
      let target: string;
      try {
        target = resolvePath(`${path}#${anchor}`, links.moved);
      } catch {
        continue; // a loop is reported by the link-data check
      }
      const [page = ''] = target.split('#');
      if (retired.has(page) || predicted.anchors.has(target)) continue;
      if (!predicted.pages.has(page)) continue;
      if (!/^\/(?:stages|pathways)\/[^/]+\/$/.test(page)) continue;
      problems.push({
        file: manifestFile,
        field: '',
        message: `the step anchor ${path}#${anchor} is recorded as published but its step is gone; ${HOW_TO_KEEP.replace('restore it', 'restore the step')}, e.g. a move from "${path}#${anchor}"`,
      });
    }
  }
  return problems;
}

/** The content check: link files valid and consistent, and no recorded address lost. */
export function linkFileProblems(content: LoadedContent, roots: { contentRoot: string; projectRoot: string }): ContentProblem[] {
  const { contentRoot, projectRoot } = roots;
  // An entry that failed to load would show up again here as a page "lost" or a short link leading
  // nowhere: while any file has problems, those are the lines to fix first.
  if (content.problems.length > 0) return [];
  let links: LinkData;
  try {
    links = loadLinkData(contentRoot);
  } catch (error) {
    return asProblems((error as Error).message.split('\n'), contentRoot, projectRoot);
  }
  const predicted = predictedAddresses(content, links);
  const livePaths = new Set(linkTargets(content).map(targetSitePath));
  const problems = asProblems(linkDataProblems(links, livePaths), contentRoot, projectRoot);
  const manifestFile = fileOf(contentRoot, projectRoot, MANIFEST_FILE);
  const manifest = readManifestChecked(contentRoot);
  if ('error' in manifest) return [...problems, { file: manifestFile, field: '', message: manifest.error }];
  return [...problems, ...lostAddressProblems(manifest, predicted, links, manifestFile)];
}

/** After a build: every recorded address, anchor and file that dist/ no longer serves. */
export function publishedAddressProblems(manifest: UrlManifest, snapshot: SiteSnapshot, links: LinkData): string[] {
  const diff = lostAddresses(manifest, snapshot, links);
  return [
    ...diff.missingPages.map((path) => `${path} is no longer published`),
    ...diff.missingAnchors.map((anchor) => `the anchor ${anchor} no longer leads anywhere`),
    ...diff.missingFiles.map((file) => `the file ${file} is no longer published`),
  ].map((line) => `content/url-manifest.json: ${line}; ${HOW_TO_KEEP}`);
}
