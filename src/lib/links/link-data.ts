/**
 * Reads the committed link files (content/short-links.json, redirects.json, retired.json) in Node:
 * at build time (pages, the links integration), in scripts and in tests. A missing file counts as
 * empty; a malformed one stops with a message naming the file and the field.
 * CONTENT_DIR points the build at another content tree, as for the collections.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { redirectsFileSchema, retiredFileSchema, shortLinkRegistrySchema } from '../../schemas/links';
import { parseDataFile, readDataFile } from '../catalogue/data-files';
import { resolverFor, type LinkData } from './redirects';
import { absoluteUrl, shortLinkPath } from '../catalogue/paths';
import { codeByTarget, registryProblems, serialiseRegistry, type ShortLinkRegistry } from './short-links';

export const LINK_FILES = { registry: 'short-links.json', moved: 'redirects.json', retired: 'retired.json' } as const;

/** The content folder the build reads (CONTENT_DIR, or ./content). */
export function contentRoot(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}

function readJson<T>(root: string, name: string, schema: z.ZodType<T>, empty: T): T {
  const raw = readDataFile(join(root, name), name);
  return raw === undefined ? empty : parseDataFile(schema, raw, name);
}

/** Loads and validates the three files below a content root. */
export function loadLinkData(root: string = contentRoot()): LinkData {
  const registry = readJson<ShortLinkRegistry>(root, LINK_FILES.registry, shortLinkRegistrySchema, { codes: {} });
  const problems = registryProblems(registry);
  if (problems.length > 0) throw new Error(problems.map((problem) => `${LINK_FILES.registry}: ${problem}`).join('\n'));
  const { moved } = readJson(root, LINK_FILES.moved, redirectsFileSchema, { moved: [] });
  const { retired } = readJson(root, LINK_FILES.retired, retiredFileSchema, { retired: [] });
  return { registry, moved, retired };
}

export function writeRegistry(root: string, registry: ShortLinkRegistry): void {
  writeFileSync(join(root, LINK_FILES.registry), serialiseRegistry(registry));
}

let cached: { root: string; data: LinkData; codes: Map<string, string> } | undefined;

/**
 * The link data of the content being built, read once per build (pages call this many times).
 * `codes` maps a current site path ("/resources/x/", "/stages/y/#step-z") to its short code.
 */
export function buildLinkData(): { data: LinkData; codes: Map<string, string> } {
  const root = contentRoot();
  if (cached?.root !== root) {
    const data = loadLinkData(root);
    cached = { root, data, codes: codeByTarget(data.registry, resolverFor(data.moved)) };
  }
  return cached;
}

/** The short code of a site path ("/resources/x/", "/stages/y/#step-z"), if it has one. */
export function shortCodeFor(sitePath: string): string | undefined {
  return buildLinkData().codes.get(sitePath);
}

/** The absolute short link (https://…/r/<code>/) of a site path, if it has one. */
export function shortUrlFor(sitePath: string, site: URL | string | undefined): string | undefined {
  const code = shortCodeFor(sitePath);
  return code ? absoluteUrl(shortLinkPath(code), site) : undefined;
}
