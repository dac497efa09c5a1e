/**
 * Strict rules for single values, shared by the schemas (hand-edited files and the build), the
 * spreadsheet importer and `npm run new`, so no way into the catalogue is weaker than another.
 * Each returns why a value is refused, or undefined when it is fine. Pure; no Astro imports.
 */
import { looksLikeFormula, textProblem } from './input-hygiene';

/** A real calendar date written as YYYY-MM-DD: "2026-02-30" and "1/2/2026" are refused, never rolled over or guessed. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DATE_RULE = 'must be a real date written as YYYY-MM-DD';

/**
 * Query parameters that only track a click (campaign tags, ad-click ids, mail-list ids). They make one
 * resource look like several addresses and tell the publisher where visitors came from; links carry none.
 * The one list for the schemas, the importer, `npm run new` and the evidence tests.
 */
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'twclid',
  'li_fat_id',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '_ga',
  '_gl',
  'ref_src',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'hsa_'];

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The tracking parameters an address carries, in order (empty when there are none or it is not a URL). */
export function trackingParameters(address: string): string[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [];
  }
  return [...new Set(url.searchParams.keys())].filter(isTrackingParameter);
}

/** The same address without its tracking parameters (other parameters and the fragment are kept; unchanged when none). */
export function withoutTracking(address: string): string {
  const found = trackingParameters(address);
  if (found.length === 0) return address;
  const url = new URL(address);
  for (const name of found) url.searchParams.delete(name);
  return url.toString();
}

/** Why an external link is refused: it must parse, use http(s), and carry no credentials, spaces or tracking parameters. */
export function urlProblem(url: string): string | undefined {
  if (/\s/.test(url)) return 'must not contain spaces (write %20, or check the address was copied whole)';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be a full https:// address';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'must be a full https:// address';
  if (!parsed.hostname.includes('.')) return 'must name a public host (such as example.org)';
  if (parsed.username || parsed.password) return 'must not carry a user name or password (user:pass@)';
  const tracking = trackingParameters(url);
  if (tracking.length > 0) return `must not carry tracking parameters (${tracking.join(', ')}); remove them`;
  return undefined;
}

/** A link that is allowed but worth a warning: plain http can be tampered with on the way. */
export function urlWarning(url: string): string | undefined {
  return /^http:/i.test(url) ? 'uses http://; use https:// if the site offers it' : undefined;
}

/** Why a title is refused: no HTML, control characters, bidirectional overrides or spreadsheet formulas. */
export function titleProblem(title: string): string | undefined {
  if (looksLikeFormula(title)) return 'starts like a spreadsheet formula (=, or +, - or @ before a formula); type the plain title';
  return textProblem(title);
}
