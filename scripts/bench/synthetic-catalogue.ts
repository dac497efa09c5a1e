/**
 * A synthetic catalogue for benchmarks: N valid resource entries with realistic, varied fields
 * and text, generated deterministically from a seed so runs are comparable. Never written into
 * content/: benchmarks build it from a scratch folder through CONTENT_DIR.
 */
import { stringify } from 'yaml';
import {
  AUDIENCES,
  FORMATS,
  MEDIA_TYPES,
  PLACE_TYPES,
  RESOURCE_TYPES,
  SECTORS,
  SEED_FILES,
  STAGE_IDS,
  TOPICS,
  PROVENANCES,
} from '../../src/lib/model/vocabularies';

/** Mulberry32: a tiny, fast, seedable PRNG (quality is ample for test data). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'partnership coalition housing equity county clinic outcomes funders trust governance data evaluation ' +
  'community residents prevention investment hospital school transport nutrition loneliness tenants ' +
  'employment navigators referrals budget risk value contract learning metrics youth elders rural urban ' +
  'neighbourhood workforce pharmacy library faith network alliance pilot scale sustain agreement charter ' +
  'dashboard survey interviews storytelling advocacy policy zoning insurers caseworkers volunteers'
).split(' ');
const PLACES: Array<{ name: string; region?: string; country: string }> = [
  { name: 'Fresno County', region: 'California', country: 'United States' },
  { name: 'Lisbon', country: 'Portugal' },
  { name: 'Tilburg', region: 'North Brabant', country: 'Netherlands' },
  { name: 'Dakar', country: 'Senegal' },
  { name: 'Cook County', region: 'Illinois', country: 'United States' },
  { name: 'Leeds', region: 'England', country: 'United Kingdom' },
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickSome<T>(random: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

function sentence(random: () => number, words: number): string {
  const text = Array.from({ length: words }, () => pick(random, WORDS)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface SyntheticEntry {
  id: string;
  /** The whole Markdown file: frontmatter and body. */
  text: string;
}

/** Generates `count` entries; the same seed always gives the same catalogue. */
export function syntheticCatalogue(count: number, seed = 1): SyntheticEntry[] {
  const random = randomSource(seed);
  return Array.from({ length: count }, (_unused, index) => {
    const type = RESOURCE_TYPES[index % RESOURCE_TYPES.length]!;
    const id = `synthetic-${String(index + 1).padStart(5, '0')}`;
    const data: Record<string, unknown> = {
      type,
      title: `${sentence(random, 4).slice(0, -1)} ${index + 1}`,
      summary: `${sentence(random, 14)} ${sentence(random, 10)}`,
      stages: pickSome(random, STAGE_IDS, 3),
      sectors: pickSome(random, SECTORS, 3),
      topics: pickSome(random, TOPICS, 3),
      format: pick(random, FORMATS),
      audience: pickSome(random, AUDIENCES, 2),
      publisher: `${pick(random, WORDS)} ${pick(random, ['Institute', 'Foundation', 'Network', 'Department'])}`,
      year: 2000 + Math.floor(random() * 26),
      provenance: pick(random, PROVENANCES),
      source: { seed: SEED_FILES[1], title: `Synthetic ${index + 1}`, type: 'Synthetic' },
      added: `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    };
    if ((MEDIA_TYPES as readonly string[]).includes(type)) data.durationMinutes = 15 + Math.floor(random() * 8) * 15;
    if ((PLACE_TYPES as readonly string[]).includes(type)) data.places = [pick(random, PLACES)];
    const body = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(random, 12)).join(' ')).join('\n\n');
    return { id, text: `---\n${stringify(data)}---\n${body}\n` };
  });
}
