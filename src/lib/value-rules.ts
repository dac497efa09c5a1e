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
 * Query parameters that only track who clicked (campaign tags, click ids). They make one resource
 * look like several addresses and tell the publisher where visitors came from; links carry none.
 */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|mkt_tok|oly_anon_id|oly_enc_id|vero_id|_ga|_gl)$/i;

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
  const tracking = [...parsed.searchParams.keys()].filter((key) => TRACKING_PARAMETER.test(key));
  if (tracking.length > 0) return `must not carry tracking parameters (${tracking.join(', ')}); remove them`;
  return undefined;
}

/** The address without its tracking parameters (the same resource, as a link should point at it). */
export function withoutTrackingParameters(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) parsed.searchParams.delete(key);
  return parsed.href;
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
