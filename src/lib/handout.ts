/**
 * What a printed handout needs: the address to print for each link and the date line.
 * Until short links exist, the address is the full permanent URL of the page; swapping
 * in short links later means changing handoutLink() only.
 */
import { resourcePath } from './paths';

/** The absolute URL of a site path (which already includes the base) on the public origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The address printed (and encoded as a QR code) for a resource on a handout. */
export function handoutLink(resourceId: string, site: URL | string): string {
  return absoluteUrl(resourcePath(resourceId), site);
}

/**
 * "23 November 2026": day, month name and year, unambiguous in every English-speaking country.
 * In the browser leave `timeZone` out (the reader's own date); at build time pass "UTC".
 */
export function formatHandoutDate(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}
