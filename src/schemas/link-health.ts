/**
 * content/link-health.json: what the weekly check of outbound links (`npm run links:check-external`)
 * found, one record per address. Written by the command, read by the build (a "link may be broken"
 * note on resource pages, the fallback at short links) and by `npm run check` (a list for editors).
 */
import { z } from 'astro/zod';

/** How one check of an address ended. */
export const LINK_OUTCOMES = [
  'ok', // a 2xx answer, possibly after redirects
  'not-found', // 404
  'gone', // 410
  'server-error', // 5xx, after retries
  'timeout', // no answer in time, after retries
  'redirect-loop', // redirects that come back to an address already visited, or too many of them
  'network-error', // no connection (unknown host, refused, reset)
  'inconclusive', // an answer that says nothing about the link (401, 403, 429 …): not counted either way
] as const;
export type LinkOutcome = (typeof LINK_OUTCOMES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date, YYYY-MM-DD' });

export const linkRecordSchema = z.strictObject({
  /** The last check's outcome. */
  outcome: z.enum(LINK_OUTCOMES),
  /** HTTP status of the last answer (after redirects); absent when there was none (timeout, network error). */
  status: z.int().min(100).max(599).optional(),
  /** Where the address led after redirects, when that differs from the address itself. */
  finalUrl: z.string().optional(),
  /** Day of the last check. */
  checkedAt: day,
  /** Checks in a row that failed (not counting inconclusive ones); 2 or more shows "link may be broken". */
  failures: z.int().min(0),
  /** Day of the last check that succeeded, if any. */
  lastOk: day.optional(),
  /** A short description of the failure (e.g. "timed out after 15 s"). */
  detail: z.string().optional(),
});
export type LinkRecord = z.infer<typeof linkRecordSchema>;

export const linkHealthFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Day of the last complete run, or null when no check has run yet. */
  checkedAt: day.nullable(),
  /** Address → its record. */
  links: z.record(z.string(), linkRecordSchema),
});
export type LinkHealthFile = z.infer<typeof linkHealthFileSchema>;
