/**
 * Never invent a fact: every URL, year and duration in content must agree with the
 * researched facts (seeds/resource-facts.json), and a URL appears only where it was verified.
 */
import { withoutTrackingParameters } from '../../src/lib/value-rules';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededResources } from '../helpers/real-content';
import { projectRoot } from '../helpers/content-root';

interface Fact {
  title: string;
  source_seed: string | null;
  url: string | null;
  url_verified: boolean;
  year: number | null;
  duration_minutes: number | null;
}

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
      expect(url).toBe(fact?.url ? withoutTrackingParameters(fact.url) : undefined);
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
