/**
 * Fallbacks for a link out: the Internet Archive's Wayback Machine lookup for the address (it lists
 * whatever copies the archive holds; it is a lookup, not a claim that a copy exists) and the
 * publisher's site (the address's origin), for when a publisher moves a document.
 */

/** The Wayback Machine address that looks up archived copies of `url`. */
export function archivedCopyUrl(url: string): string {
  return `https://web.archive.org/web/${url}`;
}

/** The home page of the site an address is on ("https://example.org/"), or undefined for a non-http(s) address. */
export function publisherSiteUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.origin}/` : undefined;
  } catch {
    return undefined;
  }
}

/** The label used wherever the archive link appears, so it never reads as a promise that a copy exists. */
export const ARCHIVED_COPY_LABEL = 'Archived copies (Internet Archive)';
