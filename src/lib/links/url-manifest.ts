/**
 * The URL manifest (content/url-manifest.json): every address the site has published and every
 * anchor a trainer may link to (step anchors #step-…, section headings), so that none can vanish
 * unnoticed. It only ever grows: `npm run manifest:update` adds what a build publishes, and a test
 * fails when a recorded address or anchor is no longer served (directly, or through a move in
 * content/redirects.json, or as a withdrawn page from content/retired.json).
 * Pure functions; reading dist/ and the file happens in url-manifest-files.ts.
 */
import type { MovedEntry, RetiredEntry } from '../../schemas/links';
import { resolvePath } from './redirects';

export interface UrlManifest {
  /** A note for editors, kept when the file is rewritten. */
  $comment?: string;
  /** Page path (without base) → anchors trainers may use on it. */
  pages: Record<string, string[]>;
  /** Other published files (data, feed, citations). */
  files: string[];
}

/** One built page: the anchors a trainer may link to, and every id on it. */
export interface SitePage {
  readonly anchors: string[];
  readonly ids: Set<string>;
}

/** What a build serves: each page's linkable anchors and all its ids, and the other files. */
export interface SiteSnapshot {
  pages: Map<string, SitePage>;
  files: Set<string>;
}

/**
 * The anchors a trainer may use on a page: every step anchor (id="step-…") and the id of every
 * h2 (section headings). Other ids (layout, skip link targets) are not promises.
 */
export function trainerAnchors(html: string): string[] {
  const anchors = new Set<string>();
  for (const match of html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*?\sid="([^"]+)"/g)) {
    const [, tag, id] = match as unknown as [string, string, string];
    if (tag === 'h2' || id.startsWith('step-')) anchors.add(id);
  }
  return [...anchors].sort();
}

/** Every id attribute of a page. */
export function allIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** The manifest of what a build serves, sorted for clean diffs. */
export function manifestOf(snapshot: SiteSnapshot): UrlManifest {
  const pages = [...snapshot.pages.entries()].sort(([a], [b]) => a.localeCompare(b));
  return { pages: Object.fromEntries(pages.map(([path, page]) => [path, page.anchors])), files: [...snapshot.files].sort() };
}

/** Committed plus current: nothing recorded is ever dropped. */
export function mergeManifests(committed: UrlManifest, current: UrlManifest): UrlManifest {
  const paths = new Set([...Object.keys(committed.pages), ...Object.keys(current.pages)]);
  const pages = [...paths]
    .sort()
    .map((path) => [path, [...new Set([...(committed.pages[path] ?? []), ...(current.pages[path] ?? [])])].sort()] as const);
  return {
    ...(committed.$comment ? { $comment: committed.$comment } : {}),
    pages: Object.fromEntries(pages),
    files: [...new Set([...committed.files, ...current.files])].sort(),
  };
}

export interface ManifestDiff {
  /** Recorded page paths that the build no longer serves (no page, no redirect page, no withdrawal page). */
  missingPages: string[];
  /** Recorded "path#anchor"s that no longer land anywhere (following moves). */
  missingAnchors: string[];
  missingFiles: string[];
  /** Served but not yet recorded: run `npm run manifest:update` and commit. */
  newPages: string[];
  newAnchors: string[];
  newFiles: string[];
}

/** What a build no longer serves of what the manifest records (the part of the diff that fails a build). */
export type LostAddresses = Pick<ManifestDiff, 'missingPages' | 'missingAnchors' | 'missingFiles'>;

/**
 * The recorded pages, anchors and files a build no longer serves, following moves and accepting
 * withdrawn pages. Each page whose anchors are asked for is read once (its ids are not kept).
 */
export function lostAddresses(
  committed: UrlManifest,
  snapshot: SiteSnapshot,
  links: { moved: readonly MovedEntry[]; retired: readonly RetiredEntry[] },
): LostAddresses {
  const retired = new Set(links.retired.map((entry) => entry.path));
  const missingPages: string[] = [];
  // Recorded anchors by the page they now lead to, so each page's ids are read once.
  const anchorsByPage = new Map<string, { id: string; recorded: string }[]>();
  for (const [path, anchors] of Object.entries(committed.pages)) {
    if (!snapshot.pages.has(path)) missingPages.push(path);
    for (const anchor of anchors) {
      const [page = '', id = ''] = resolvePath(`${path}#${anchor}`, links.moved).split('#');
      if (retired.has(page)) continue;
      const wanted = anchorsByPage.get(page) ?? [];
      wanted.push({ id, recorded: `${path}#${anchor}` });
      anchorsByPage.set(page, wanted);
    }
  }
  const missing = new Set<string>();
  for (const [page, wanted] of anchorsByPage) {
    const ids = snapshot.pages.get(page)?.ids;
    for (const { id, recorded } of wanted) if (!ids?.has(id)) missing.add(recorded);
  }
  // In the manifest's order, as editors read it.
  const missingAnchors = Object.entries(committed.pages).flatMap(([path, anchors]) =>
    anchors.map((anchor) => `${path}#${anchor}`).filter((recorded) => missing.has(recorded)),
  );
  return { missingPages, missingAnchors, missingFiles: committed.files.filter((file) => !snapshot.files.has(file)) };
}

/** Compares the committed manifest with a build: what it lost (lostAddresses) and what it adds. */
export function diffManifest(
  committed: UrlManifest,
  snapshot: SiteSnapshot,
  links: { moved: readonly MovedEntry[]; retired: readonly RetiredEntry[] },
): ManifestDiff {
  const diff: ManifestDiff = { ...lostAddresses(committed, snapshot, links), newPages: [], newAnchors: [], newFiles: [] };
  for (const [path, page] of snapshot.pages) {
    const recorded = committed.pages[path];
    if (!recorded) {
      diff.newPages.push(path);
      continue;
    }
    diff.newAnchors.push(...page.anchors.filter((anchor) => !recorded.includes(anchor)).map((anchor) => `${path}#${anchor}`));
  }
  const recordedFiles = new Set(committed.files);
  diff.newFiles = [...snapshot.files].filter((file) => !recordedFiles.has(file)).sort();
  diff.newPages.sort();
  return diff;
}

/** Every "path" and "path#anchor" a manifest records (for comparing versions of the file). */
export function manifestAddresses(manifest: UrlManifest): string[] {
  return [
    ...Object.entries(manifest.pages).flatMap(([path, anchors]) => [path, ...anchors.map((anchor) => `${path}#${anchor}`)]),
    ...manifest.files,
  ];
}
