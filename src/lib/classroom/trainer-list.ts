/**
 * Trainer lists: a trainer picks resources while browsing and gets a URL that holds the list
 * (/lists/?r=code,code&title=…, the entries' short codes, short enough to type from paper; the
 * long form /lists/?ids=a,b,c is still accepted), with no server and no account. The list is also kept in
 * localStorage for convenience. Everything read from a URL or from storage is untrusted:
 * only well-formed permanent ids survive, and the page then keeps only ids the catalogue knows.
 */

/** The most entries a list holds: enough for a course, and the URL stays short enough to share. */
export const MAX_LIST_LENGTH = 60;
/** The longest handout title kept. */
export const MAX_TITLE_LENGTH = 120;
/** localStorage key of the list in progress. */
export const LIST_STORAGE_KEY = 'alliance-pathways:list';

const PERMANENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A short code (src/lib/links/short-links.ts: 4 to 12 of its alphabet); checked loosely here, the page keeps only codes it can fetch. */
const SHORT_CODE = /^[a-z0-9]{4,12}$/;

/** Well-formed, distinct ids from a comma-separated value, at most MAX_LIST_LENGTH; anything else is dropped. */
export function parseIds(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const part of value.slice(0, 10_000).split(',')) {
    const id = part.trim().toLowerCase();
    if (id.length <= 100 && PERMANENT_ID.test(id) && !ids.includes(id)) ids.push(id);
    if (ids.length === MAX_LIST_LENGTH) break;
  }
  return ids;
}

/** Well-formed, distinct short codes from a comma-separated value, at most MAX_LIST_LENGTH. */
export function parseCodes(value: string | null | undefined): string[] {
  if (!value) return [];
  const codes: string[] = [];
  for (const part of value.slice(0, 2_000).split(',')) {
    const code = part.trim().toLowerCase();
    if (SHORT_CODE.test(code) && !codes.includes(code)) codes.push(code);
    if (codes.length === MAX_LIST_LENGTH) break;
  }
  return codes;
}

/** A handout title from a URL: plain text, one line, trimmed to MAX_TITLE_LENGTH (shown with textContent only). */
export function parseTitle(value: string | null | undefined): string {
  // Control characters are dropped; everything else is kept, as it is only ever written as text.

  return (value ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE_LENGTH);
}

/** The list state held in a query string (from `location.search`). */
export function readListQuery(search: string): { ids: string[]; codes: string[]; title: string } {
  const params = new URLSearchParams(search);
  return { ids: parseIds(params.get('ids')), codes: parseCodes(params.get('r')), title: parseTitle(params.get('title')) };
}

/** The shareable address of a list: ids as a readable comma list, the title encoded. */
export function listHref(listsPath: string, ids: readonly string[], title = ''): string {
  const query = [ids.length ? `ids=${ids.join(',')}` : '', title ? `title=${encodeURIComponent(title)}` : ''].filter(Boolean).join('&');
  return query ? `${listsPath}?${query}` : listsPath;
}

/** The short address of a list: the entries' short codes (r=), the title encoded. */
export function shortListHref(listsPath: string, codes: readonly string[], title = ''): string {
  const query = [codes.length ? `r=${codes.join(',')}` : '', title ? `title=${encodeURIComponent(title)}` : ''].filter(Boolean).join('&');
  return query ? `${listsPath}?${query}` : listsPath;
}

/** Adds the id at the end, or removes it when it is already there. */
export function toggleId(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((existing) => existing !== id);
  return ids.length >= MAX_LIST_LENGTH ? [...ids] : [...ids, id];
}

/** The stored list, whatever state storage is in (missing, corrupt, hostile). */
export function readStoredIds(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? parseIds(value.filter((item): item is string => typeof item === 'string').join(',')) : [];
  } catch {
    return [];
  }
}
