/**
 * Never invent a fact: every URL, year and duration in content must agree with the
 * researched facts (seeds/resource-facts.json), and a URL appears only where it was verified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, seededResources } from '../helpers/real-content';
import { projectRoot } from '../helpers/content-root';
import { evidenceFor, evidenceProblems, trackingParameters, withoutTracking, type FactRecord } from '../../src/lib/links/link-evidence';
import { isoDate } from '../../src/lib/catalogue/format';

type Fact = FactRecord;

const facts: Fact[] = JSON.parse(readFileSync(join(projectRoot, 'seeds/resource-facts.json'), 'utf8'));

function factFor(seed: string, title: string): Fact | undefined {
  return facts.find((fact) => fact.source_seed === seed && fact.title.trim() === title.trim());
}

// Facts were researched for the seed resources; imported and editor entries are checked by their editors.
const withFact = seededResources.map((entry) => ({ entry, fact: factFor(entry.source.seed, entry.source.title) }));

describe('every entry has a researched fact record', () => {
  it.each(withFact.map(({ entry, fact }) => [entry.id, fact] as const))('%s', (_id, fact) => {
    expect(fact).toBeDefined();
  });
});

describe('links go only to verified URLs, exactly as verified (less any tracking parameters)', () => {
  it.each(withFact.filter(({ entry }) => entry.data.url).map(({ entry, fact }) => [entry.id, entry.data.url, fact] as const))(
    '%s',
    (_id, url, fact) => {
      expect(fact?.url_verified).toBe(true);
      expect(url).toBe(fact?.url ? withoutTracking(fact.url) : undefined);
    },
  );
});

describe('years appear only where the facts give that year', () => {
  it.each(withFact.filter(({ entry }) => entry.data.year !== undefined).map(({ entry, fact }) => [entry.id, entry.data.year, fact] as const))(
    '%s',
    (_id, year, fact) => {
      expect(year).toBe(fact?.year);
    },
  );
});

describe('durations appear only where the facts give that duration', () => {
  const timed = withFact.flatMap(({ entry, fact }) =>
    'durationMinutes' in entry.data && entry.data.durationMinutes !== undefined ? [[entry.id, entry.data.durationMinutes, fact] as const] : [],
  );
  it.each(timed)('%s', (_id, minutes, fact) => {
    expect(minutes).toBe(fact?.duration_minutes);
  });
});

describe('verified links are used', () => {
  it('every seed resource with a verified URL links to it', () => {
    const missing = seededResources.filter((entry) => {
      const fact = factFor(entry.source.seed, entry.source.title);
      return fact?.url_verified && !entry.data.url;
    });
    expect(missing.map((entry) => entry.file)).toEqual([]);
  });
});

/**
 * Every outbound link, whoever added the entry, is backed by an evidence record in
 * seeds/resource-facts.json: what the stored copy of the page showed and when it was read.
 */
describe('every outbound link has an evidence record', () => {
  const linked = content.resources.filter((entry) => entry.data.url);
  it.each(linked.map((entry) => [entry.id, entry.data] as const))('%s', (_id, data) => {
    const evidence = evidenceFor(facts, data.url!);
    expect(evidence, `no evidence record with address ${data.url}`).toBeDefined();
    expect(evidenceProblems(evidence!)).toEqual([]);
    // The page labels the button by what the address is: it must agree with what was seen.
    expect(evidence!.kind).toBe(data.linkKind ?? 'own-page');
    // "Link checked <date>" on the page is never later than the evidence, nor shown without it.
    if (evidence!.checked) expect(data.lastChecked && isoDate(data.lastChecked)).toBe(evidence!.checked);
    else expect(data.lastChecked).toBeUndefined();
  });
});

describe('no address carries tracking parameters', () => {
  it('in content', () => {
    const tracked = content.resources.filter((entry) => entry.data.url && trackingParameters(entry.data.url).length > 0);
    expect(tracked.map((entry) => entry.file)).toEqual([]);
  });
  it('in the researched facts', () => {
    const addresses = facts.flatMap((fact) => [fact.url, fact.evidence?.address].filter((url): url is string => typeof url === 'string'));
    expect(addresses.filter((url) => trackingParameters(url).length > 0)).toEqual([]);
  });
});

describe('an entry from a seed without a link says why', () => {
  const unlinked = seededResources.filter((entry) => !entry.data.url);
  it.each(unlinked.map((entry) => [entry.id, entry.data.linkNote] as const))('%s', (_id, note) => {
    expect(note).toBeTruthy();
  });
});
