/**
 * The pages a browser crawl visits: every template, and for each a small, fixed sample of its pages
 * (first and last by path, and the largest file, which gives axe the most to check), instead of every
 * facet and resource page. Pages of one template differ only in data, which the checks over dist/
 * read on every page (tests/dist/every-page.test.ts, html-validity, links, budgets).
 */

/** The template a site path comes from: its first segment, then one "*" per further segment. */
export function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  return `/${[segments[0], ...segments.slice(1).map(() => '*')].join('/')}/`;
}

/**
 * At most `perTemplate` pages of each template, chosen without randomness so a failure can be
 * re-run: the first and last path in sort order, then the largest pages.
 */
export function samplePages(pages: ReadonlyArray<{ path: string; bytes: number }>, perTemplate = 3): string[] {
  const groups = new Map<string, Array<{ path: string; bytes: number }>>();
  for (const page of pages) {
    const key = templateOf(page.path);
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const chosen: string[] = [];
  for (const group of groups.values()) {
    const byPath = [...group].sort((a, b) => a.path.localeCompare(b.path));
    const bySize = [...group].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
    const picks = new Set<string>();
    for (const candidate of [byPath[0], byPath.at(-1), ...bySize]) {
      if (picks.size >= perTemplate) break;
      if (candidate) picks.add(candidate.path);
    }
    chosen.push(...picks);
  }
  return chosen.sort();
}
