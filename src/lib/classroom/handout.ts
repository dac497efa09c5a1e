/**
 * What a printed handout needs: the address to print for each link and the date line.
 * Pure (it runs in the browser too): callers look the short code up at build time.
 */
import { absoluteUrl, resourcePath, shortLinkPath } from '../catalogue/paths';

/**
 * The address printed (and encoded as a QR code) for a resource on a handout: its short link
 * (/r/<code>/, short to type and a small QR code) when it has one, else its full permanent URL.
 */
export function handoutLink(resourceId: string, site: URL | string, shortCode?: string): string {
  return absoluteUrl(shortCode ? shortLinkPath(shortCode) : resourcePath(resourceId), site);
}

/**
 * "23 November 2026": day, month name and year, unambiguous in every English-speaking country.
 * In the browser leave `timeZone` out (the reader's own date); at build time pass "UTC".
 */
export function formatHandoutDate(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(
    date,
  );
}
