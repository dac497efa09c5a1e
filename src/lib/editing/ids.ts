/**
 * Permanent ids for new entries. An id is the file name and the URL (/resources/<id>/), so it is
 * made once, from the title, and never changed afterwards (a rename needs a redirect).
 * The rules follow the existing 46 entries: lower-case ASCII words joined by hyphens, no year,
 * at most six meaningful words ("The Guide to Cross-Sector Collaboration" → guide-to-cross-sector-collaboration).
 */

/** Longest id we make: long enough for six words, short enough to type from a printed page. */
export const MAX_ID_LENGTH = 64;
/** How many meaningful (non-filler) words an id keeps. */
export const MAX_ID_WORDS = 6;

/** The same rule as the schema's permanentId (src/schemas/fields.ts) and the integrity check. */
export const PERMANENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Little words dropped when a title is too long to keep whole, and never left at either end. */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'its',
  'your',
  'our',
  'how',
  'why',
  'what',
]);
const ARTICLES = new Set(['a', 'an', 'the']);
/** A year, which never belongs in a permanent id (editions change, the id must not). */
const YEAR = /^(1[89]|20|21)\d\d$/;

/** The title's words in ASCII lower case: accents dropped, "&" read as "and", apostrophes removed (America's → americas). */
export function titleWords(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/&/g, ' and ')
    .replace(/['’‘`´]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Turns a title into a permanent id, or "" when the title has no Latin letters or digits at all
 * (the caller must then ask for an id). Years and articles are dropped, and a long title keeps its
 * first six meaningful words without the filler between them.
 */
export function idFromTitle(title: string): string {
  // Years never belong in an id; articles add nothing to one ("Creating a Network" → creating-network).
  let words = titleWords(title).filter((word) => !YEAR.test(word));
  const withoutArticles = words.filter((word) => !ARTICLES.has(word));
  if (withoutArticles.length > 0) words = withoutArticles;
  const meaningful = words.filter((word) => !FILLER.has(word));
  if (meaningful.length > MAX_ID_WORDS) words = meaningful.slice(0, MAX_ID_WORDS);
  while (words.length > 1 && FILLER.has(words[words.length - 1] as string)) words = words.slice(0, -1);
  let id = words.join('-');
  if (id.length > MAX_ID_LENGTH) id = id.slice(0, MAX_ID_LENGTH).replace(/-[^-]*$/, '');
  return id;
}

/** Why a proposed id cannot be used, or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return 'is empty: give an id made of lower-case words joined by hyphens';
  if (!PERMANENT_ID.test(id)) return `"${id}" must be lower-case letters, digits and single hyphens (it becomes the URL)`;
  if (id.length > MAX_ID_LENGTH) return `"${id}" is longer than ${MAX_ID_LENGTH} characters`;
  if (id.split('-').some((word) => YEAR.test(word))) return `"${id}" contains a year; ids outlive editions, so leave the year out`;
  return undefined;
}

/** A free id close to `id`: the id itself, or id-2, id-3… Used to suggest an alternative, never applied silently. */
export function suggestFreeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
