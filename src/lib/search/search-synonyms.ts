/**
 * Query expansion from the synonyms and acronyms list (content/search-terms.yaml). Pure, so the
 * search page runs it in the browser: a query that contains a term of a group (whole words,
 * ignoring case) gives alternative queries with that term replaced by each other term of its group.
 * The page searches the query and its alternatives and lists the original's results first.
 */

/** How many alternative queries one search may add (each is one more index search). */
export const MAX_ALTERNATIVES = 6;

/** Lower case, with runs of spaces and hyphens as one space, so "Pay-for-Success" matches "pay for success". */
export function termKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-‐–]+/g, ' ')
    .trim();
}

/** Where `term` occurs in `query` as whole words (both as term keys), or -1. */
function wholeWordIndex(query: string, term: string): number {
  let from = 0;
  while (from <= query.length) {
    const at = query.indexOf(term, from);
    if (at === -1) return -1;
    const before = at === 0 || !/[\p{L}\p{N}]/u.test(query[at - 1]!);
    const after = at + term.length === query.length || !/[\p{L}\p{N}]/u.test(query[at + term.length]!);
    if (before && after) return at;
    from = at + 1;
  }
  return -1;
}

/** The alternative queries for `query`, in group order, without the query itself or duplicates. */
export function expandQuery(query: string, groups: readonly (readonly string[])[]): string[] {
  const key = termKey(query);
  if (key === '') return [];
  const alternatives: string[] = [];
  const seen = new Set([key]);
  for (const group of groups) {
    const terms = group.map(termKey);
    // The longest term of the group found in the query ("pay for success" before "success").
    const found = terms.filter((term) => term !== '' && wholeWordIndex(key, term) !== -1).sort((a, b) => b.length - a.length)[0];
    if (found === undefined) continue;
    const at = wholeWordIndex(key, found);
    for (const other of terms) {
      const alternative = `${key.slice(0, at)}${other}${key.slice(at + found.length)}`.trim();
      if (seen.has(alternative)) continue;
      seen.add(alternative);
      alternatives.push(alternative);
      if (alternatives.length >= MAX_ALTERNATIVES) return alternatives;
    }
  }
  return alternatives;
}

/** Reciprocal rank fusion's usual damping constant: a page's rank counts, but no single list dominates. */
const FUSION_K = 60;

/**
 * One ranking from the results of a query and of its alternatives (reciprocal rank fusion: each page
 * scores the sum of 1 / (60 + rank) over the lists it appears in). A page that the synonyms also find
 * near the top rises above one the typed words only matched loosely ("pay for success" matching "for"
 * in a pathway). With a single list the order is unchanged. Each page appears once.
 */
export function fuseRankings<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const scored = new Map<string, { hit: T; score: number; first: number }>();
  let order = 0;
  for (const list of lists) {
    list.forEach((hit, rank) => {
      const entry = scored.get(hit.id) ?? { hit, score: 0, first: order++ };
      entry.score += 1 / (FUSION_K + rank + 1);
      scored.set(hit.id, entry);
    });
  }
  return [...scored.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((entry) => entry.hit);
}
