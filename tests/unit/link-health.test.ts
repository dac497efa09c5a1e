/** The link report: how runs update it, when a link counts as "may be broken", and the readable report. */
import { describe, expect, it } from 'vitest';
import {
  BROKEN_AFTER_FAILURES,
  EMPTY_REPORT,
  brokenEntries,
  describeRecord,
  linkHealthMarkdown,
  mayBeBroken,
  nextRecord,
  outboundUrls,
  updateReport,
  type CheckResult,
} from '../../src/lib/links/link-health';
import { readLinkHealth, serialiseLinkHealth } from '../../src/lib/links/link-health-files';
import { linkHealthFileSchema } from '../../src/schemas/link-health';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const A = 'https://a.example.org/x';
const B = 'https://b.example.org/y';
const fail: CheckResult = { url: A, outcome: 'not-found', status: 404 };
const ok: CheckResult = { url: A, outcome: 'ok', status: 200 };

describe('nextRecord', () => {
  it('counts failures in a row, resets on success, and leaves the count alone when inconclusive', () => {
    const first = nextRecord(undefined, fail, '2026-12-01');
    expect(first).toEqual({ outcome: 'not-found', status: 404, checkedAt: '2026-12-01', failures: 1 });
    const second = nextRecord(first, { url: A, outcome: 'timeout', detail: 'no answer within 15 s' }, '2026-12-08');
    expect(second).toMatchObject({ outcome: 'timeout', failures: 2, detail: 'no answer within 15 s' });
    expect(second).not.toHaveProperty('status');
    expect(nextRecord(second, { url: A, outcome: 'inconclusive', status: 403 }, '2026-12-15').failures).toBe(2);
    expect(nextRecord(second, ok, '2026-12-15')).toEqual({
      outcome: 'ok',
      status: 200,
      checkedAt: '2026-12-15',
      failures: 0,
      lastOk: '2026-12-15',
    });
  });

  it('records where a redirect led, only when it led elsewhere', () => {
    expect(nextRecord(undefined, { ...ok, finalUrl: B }, '2026-12-01').finalUrl).toBe(B);
    expect(nextRecord(undefined, { ...ok, finalUrl: A }, '2026-12-01')).not.toHaveProperty('finalUrl');
  });
});

describe('updateReport and mayBeBroken', () => {
  it(`flags a link after ${BROKEN_AFTER_FAILURES} failed runs in a row and drops addresses no longer linked`, () => {
    const once = updateReport(EMPTY_REPORT, [fail, { url: B, outcome: 'ok', status: 200 }], '2026-12-01');
    expect(mayBeBroken(once, A)).toBe(false);
    const twice = updateReport(once, [fail], '2026-12-08');
    expect(mayBeBroken(twice, A)).toBe(true);
    expect(Object.keys(twice.links)).toEqual([A]);
    expect(mayBeBroken(twice, undefined)).toBe(false);
    expect(linkHealthFileSchema.safeParse(twice).success).toBe(true);
  });

  it('lists broken entries by id, with their record', () => {
    const report = updateReport(updateReport(EMPTY_REPORT, [fail], '2026-12-01'), [fail], '2026-12-08');
    const entries = [
      { id: 'zeta', data: { title: 'Z', url: A } },
      { id: 'alpha', data: { title: 'A', url: A } },
      { id: 'beta', data: { title: 'B', url: B } },
      { id: 'none', data: { title: 'N' } },
    ];
    expect(brokenEntries(report, entries).map(({ entry }) => entry.id)).toEqual(['alpha', 'zeta']);
    expect(outboundUrls(entries)).toEqual([A, B]);
  });
});

describe('the readable report', () => {
  it('says honestly when nothing has been checked', () => {
    expect(linkHealthMarkdown(EMPTY_REPORT, [])).toContain('No check has run yet.');
  });

  it('lists entries that may be broken and addresses that now redirect, with table cells escaped', () => {
    let report = updateReport(
      EMPTY_REPORT,
      [fail, { url: B, outcome: 'ok', status: 200, finalUrl: 'https://b.example.org/new|page' }],
      '2026-12-01',
    );
    report = updateReport(report, [fail, { url: B, outcome: 'ok', status: 200, finalUrl: 'https://b.example.org/new|page' }], '2026-12-08');
    const markdown = linkHealthMarkdown(report, [{ id: 'alpha', data: { title: 'A', url: A } }]);
    expect(markdown).toContain(`| \`content/resources/alpha.md\` | ${A} | not found (404) | 2 | never |`);
    expect(markdown).toContain('| https://b.example.org/y | https://b.example.org/new\\|page |');
    expect(describeRecord({ outcome: 'server-error', status: 503, checkedAt: '2026-12-01', failures: 1 })).toBe('server error (503)');
  });
});

describe('content/link-health.json', () => {
  it('reads a missing file as "not checked yet" and round-trips what it writes', () => {
    const root = mkdtempSync(join(tmpdir(), 'link-health-'));
    expect(readLinkHealth(root)).toEqual(EMPTY_REPORT);
    const report = updateReport(EMPTY_REPORT, [fail], '2026-12-01');
    writeFileSync(join(root, 'link-health.json'), serialiseLinkHealth(report));
    expect(readLinkHealth(root)).toEqual(report);
  });

  it('names the file and the field when it is malformed', () => {
    const root = mkdtempSync(join(tmpdir(), 'link-health-'));
    writeFileSync(join(root, 'link-health.json'), JSON.stringify({ checkedAt: 'yesterday', links: {} }));
    expect(() => readLinkHealth(root)).toThrow('link-health.json → field "checkedAt": must be a date, YYYY-MM-DD');
    writeFileSync(join(root, 'link-health.json'), '{ not json');
    expect(() => readLinkHealth(root)).toThrow(/link-health\.json is not valid JSON/);
  });

  it('is committed in a state that says no check has run yet, or with valid records', () => {
    const committed = readLinkHealth(join(process.cwd(), 'content'));
    expect(linkHealthFileSchema.safeParse(committed).success).toBe(true);
    if (committed.checkedAt === null) expect(committed.links).toEqual({});
  });
});
