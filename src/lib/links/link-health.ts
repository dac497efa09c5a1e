/**
 * Outbound link health, the pure part: which addresses to check, how a run's results update the
 * committed report (content/link-health.json), which links count as "may be broken" (failed twice
 * in a row, so one bad day at a publisher does not flag it) and the readable report docs/link-health.md.
 * The requests themselves are in link-checker.ts; reading and writing files in link-health-files.ts.
 */
import type { LinkHealthFile, LinkOutcome, LinkRecord } from '../../schemas/link-health';

/** Failed checks in a row after which a link is shown as "may be broken". */
export const BROKEN_AFTER_FAILURES = 2;

export const LINK_HEALTH_COMMENT =
  'Written by `npm run links:check-external` (weekly in .github/workflows/link-health.yml). Do not edit by hand. checkedAt null: no check has run yet.';

/** What one request run found for one address. */
export interface CheckResult {
  url: string;
  outcome: LinkOutcome;
  status?: number;
  finalUrl?: string;
  detail?: string;
}

export const EMPTY_REPORT: LinkHealthFile = { $comment: LINK_HEALTH_COMMENT, checkedAt: null, links: {} };

/** Distinct outbound addresses of the catalogue, sorted. */
export function outboundUrls(resources: ReadonlyArray<{ data: { url?: string | undefined } }>): string[] {
  return [...new Set(resources.flatMap((entry) => (entry.data.url ? [entry.data.url] : [])))].sort();
}

export function isFailure(outcome: LinkOutcome): boolean {
  return outcome !== 'ok' && outcome !== 'inconclusive';
}

/** The next record of an address from its previous one and today's result. */
export function nextRecord(previous: LinkRecord | undefined, result: CheckResult, day: string): LinkRecord {
  const failures = result.outcome === 'ok' ? 0 : isFailure(result.outcome) ? (previous?.failures ?? 0) + 1 : (previous?.failures ?? 0);
  const lastOk = result.outcome === 'ok' ? day : previous?.lastOk;
  return {
    outcome: result.outcome,
    ...(result.status !== undefined ? { status: result.status } : {}),
    ...(result.finalUrl && result.finalUrl !== result.url ? { finalUrl: result.finalUrl } : {}),
    checkedAt: day,
    failures,
    ...(lastOk ? { lastOk } : {}),
    ...(result.detail ? { detail: result.detail } : {}),
  };
}

/**
 * The report after a run: a record per checked address; addresses no entry links to any more are
 * dropped (the report describes the catalogue as it is). Sorted by address for small diffs.
 */
export function updateReport(previous: LinkHealthFile, results: readonly CheckResult[], day: string): LinkHealthFile {
  const links = Object.fromEntries(
    [...results]
      .sort((a, b) => a.url.localeCompare(b.url))
      .map((result) => [result.url, nextRecord(previous.links[result.url], result, day)]),
  );
  return { $comment: LINK_HEALTH_COMMENT, checkedAt: day, links };
}

/** True when the address has failed BROKEN_AFTER_FAILURES checks in a row. */
export function mayBeBroken(report: LinkHealthFile, url: string | undefined): boolean {
  return url !== undefined && (report.links[url]?.failures ?? 0) >= BROKEN_AFTER_FAILURES;
}

/** Entries whose link may be broken, for editors (`npm run check`) and the report. */
export function brokenEntries<T extends { id: string; data: { url?: string | undefined; title: string } }>(
  report: LinkHealthFile,
  resources: readonly T[],
): Array<{ entry: T; record: LinkRecord }> {
  return resources
    .filter((entry) => mayBeBroken(report, entry.data.url))
    .map((entry) => ({ entry, record: report.links[entry.data.url!]! }))
    .sort((a, b) => a.entry.id.localeCompare(b.entry.id));
}

const OUTCOME_TEXT: Record<LinkOutcome, string> = {
  ok: 'answers',
  'not-found': 'not found (404)',
  gone: 'gone (410)',
  'server-error': 'server error',
  timeout: 'no answer in time',
  'redirect-loop': 'redirect loop',
  'network-error': 'could not connect',
  inconclusive: 'refused the check',
};

/** One line of text for an outcome ("not found (404)", "server error (503)"). */
export function describeRecord(record: LinkRecord): string {
  const status = record.status !== undefined && !/\(\d{3}\)$/.test(OUTCOME_TEXT[record.outcome]) ? ` (${record.status})` : '';
  return `${OUTCOME_TEXT[record.outcome]}${status}`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** docs/link-health.md: a summary, then the entries that need an editor, then moved addresses. */
export function linkHealthMarkdown(
  report: LinkHealthFile,
  resources: ReadonlyArray<{ id: string; data: { url?: string | undefined; title: string } }>,
): string {
  const lines = [
    '# Outbound link health',
    '',
    'Written by `npm run links:check-external` from `content/link-health.json`; do not edit by hand.',
    '',
  ];
  if (!report.checkedAt) {
    lines.push(
      'No check has run yet. The weekly workflow (`.github/workflows/link-health.yml`) runs it and opens a pull request with the results.',
      '',
    );
    return `${lines.join('\n')}`;
  }
  const records = Object.values(report.links);
  const count = (predicate: (record: LinkRecord) => boolean) => records.filter(predicate).length;
  lines.push(
    `Last run: ${report.checkedAt}. ${records.length} addresses checked: ${count((r) => r.outcome === 'ok')} answer, ` +
      `${count((r) => isFailure(r.outcome))} failed this time, ${count((r) => r.outcome === 'inconclusive')} refused the check (not counted), ` +
      `${count((r) => r.failures >= BROKEN_AFTER_FAILURES)} failed ${BROKEN_AFTER_FAILURES} or more times in a row.`,
    '',
    '## May be broken (for editors)',
    '',
  );
  const broken = brokenEntries(report, resources);
  if (broken.length === 0) lines.push('None.', '');
  else {
    lines.push('| entry | address | last result | failed checks in a row | last answered |', '| --- | --- | --- | --- | --- |');
    for (const { entry, record } of broken) {
      lines.push(
        `| \`content/resources/${entry.id}.md\` | ${cell(entry.data.url!)} | ${cell(describeRecord(record))} | ${record.failures} | ${record.lastOk ?? 'never'} |`,
      );
    }
    lines.push('', 'Find the resource’s new address and update `url` (and `lastChecked`), or remove `url` if it is gone for good.', '');
  }
  const moved = Object.entries(report.links).filter(([, record]) => record.outcome === 'ok' && record.finalUrl);
  lines.push('## Answering from another address', '');
  if (moved.length === 0) lines.push('None.', '');
  else {
    lines.push(
      'These still work, through redirects; an editor may update the entry to the new address after checking it is the same resource.',
      '',
    );
    lines.push('| address | now answers at |', '| --- | --- |');
    for (const [url, record] of moved) lines.push(`| ${cell(url)} | ${cell(record.finalUrl!)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
