/**
 * Rules for outbound links: no tracking parameters, and every link backed by an evidence record in
 * seeds/resource-facts.json (what the stored copy of the page showed, and when it was read).
 * Pure functions, shared by the content check (build and `npm run check`) and the tests.
 */

// The tracking-parameter rule lives with the other value rules; re-exported for the evidence checks.
import { trackingParameters } from '../model/value-rules';

export { trackingParameters, withoutTracking } from '../model/value-rules';

/** What a stored copy of the linked page showed, recorded in seeds/resource-facts.json as `evidence`. */
export interface LinkEvidence {
  /** The address exactly as linked. */
  address: string;
  /** own-page, publisher-page or doi (see LINK_KINDS). */
  kind: string;
  /** What the stored copy showed: its title, publisher, date and length where stated. */
  shows: { title: string; publisher: string; date?: string; length?: string };
  /** The day the stored copy was read (YYYY-MM-DD), or null when the first research did not record it. */
  checked: string | null;
  /** Anything a later checker should know. */
  note?: string;
}

export interface FactRecord {
  title: string;
  source_seed: string | null;
  url: string | null;
  url_verified: boolean;
  year: number | null;
  duration_minutes: number | null;
  evidence?: LinkEvidence;
}

/** The evidence record for an outbound address, if seeds/resource-facts.json has one. */
export function evidenceFor(facts: readonly FactRecord[], address: string): LinkEvidence | undefined {
  return facts.find((fact) => fact.evidence?.address === address)?.evidence;
}

/** Problems with one evidence record: the fields a reader relies on must be filled in. */
export function evidenceProblems(evidence: LinkEvidence): string[] {
  const problems: string[] = [];
  if (!/^https?:\/\//.test(evidence.address)) problems.push('address must be a full http(s) address');
  if (!['own-page', 'publisher-page', 'doi'].includes(evidence.kind))
    problems.push(`kind "${evidence.kind}" is not own-page, publisher-page or doi`);
  if (evidence.kind === 'doi' && !evidence.address.startsWith('https://doi.org/10.'))
    problems.push('a DOI link must be https://doi.org/10.…');
  if (!evidence.shows?.title?.trim()) problems.push('shows.title is empty');
  if (!evidence.shows?.publisher?.trim()) problems.push('shows.publisher is empty');
  if (evidence.checked !== null && !/^\d{4}-\d{2}-\d{2}$/.test(evidence.checked)) problems.push('checked must be YYYY-MM-DD or null');
  if (trackingParameters(evidence.address).length > 0) problems.push('address carries tracking parameters');
  return problems;
}
