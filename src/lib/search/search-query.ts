/**
 * Cleaning what a person typed (or pasted, or put in a link) before it reaches the search index.
 * The result is plain text: it is only ever shown with textContent, never parsed as HTML.
 */

/** The longest query we search for, in characters (code points). The inputs carry it as maxlength too. */
export const MAX_QUERY_LENGTH = 200;

/** How much of a pasted text we look at before cleaning, so a huge paste costs nothing. */
const PRE_CAP = MAX_QUERY_LENGTH * 4;

/** Control characters (C0, DEL, C1) become spaces; everything else, emoji and right-to-left text included, is kept. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Halves of a surrogate pair without their other half (from a cut, or a malformed link). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Trims, turns control characters and runs of whitespace into single spaces, composes accents
 * (NFC) and caps the length at MAX_QUERY_LENGTH characters without splitting a surrogate pair.
 */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const cleaned = raw.slice(0, PRE_CAP).replace(LONE_SURROGATE, '').normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(cleaned);
  return characters.length > MAX_QUERY_LENGTH ? characters.slice(0, MAX_QUERY_LENGTH).join('').trimEnd() : cleaned;
}

/** A query shortened for display in a sentence ("No results for …"), ending with an ellipsis when cut. */
export function displayQuery(query: string, max = 60): string {
  const characters = Array.from(query);
  return characters.length > max
    ? `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : query;
}

/**
 * Whether to fetch the index chunks for a query while the person is still typing. Pagefind matches
 * the last word as a prefix, so a one- or two-letter word would pull in every chunk of words that
 * start with it; from three letters the chunks are few and likely to be needed.
 */
export function worthPreloading(query: string): boolean {
  const lastWord = query.split(' ').at(-1) ?? '';
  return Array.from(lastWord).length >= 3;
}
