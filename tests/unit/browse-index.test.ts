import { describe, expect, it } from 'vitest';
import { FACET_KEYS, facetCounts, filterItems, noSelection, perFacet, sortItems, type BrowseItem } from '../../src/lib/catalogue/browse';
import { MASK_LIMIT, decodeBrowseIndex, encodeBrowseIndex } from '../../src/lib/catalogue/browse-index';

const vocabulary = perFacet((key) => [`${key}-a`, `${key}-b`, `${key}-c`]);
vocabulary.year = ['2024', '2020', 'not-stated'];

function item(
  rank: number,
  facets: Partial<Record<(typeof FACET_KEYS)[number], string[]>>,
  added: string,
): BrowseItem & { row: { id: string; title: string; facts: string; linked: boolean } } {
  const all = { ...noSelection(), ...facets };
  const year = Number.parseInt(all.year[0] ?? '', 10);
  return {
    facets: all,
    titleRank: rank,
    year: Number.isNaN(year) ? undefined : year,
    added,
    row: { id: `entry-${rank}`, title: `Title <${rank}>`, facts: rank % 2 ? 'Publisher · 2020' : '', linked: rank % 2 === 0 },
  };
}

const items = [
  item(0, { type: ['type-a'], stage: ['stage-a', 'stage-c'], year: ['2024'] }, '2026-01-05'),
  item(1, { type: ['type-b'], stage: ['stage-b'], place: ['place-a', 'place-b'], year: ['not-stated'] }, '2025-12-31'),
  item(2, { type: ['type-a'], stage: ['stage-b'], format: [], year: ['2020'] }, '2026-03-01'),
];

describe('the browse index', () => {
  const file = encodeBrowseIndex(items, vocabulary, (type) => type.toUpperCase());

  it('round-trips every entry: ids, titles, row facts, link status, facet values and sort keys', () => {
    const decoded = JSON.parse(JSON.stringify(file));
    const back = decodeBrowseIndex(decoded);
    expect(back.map((entry) => entry.id)).toEqual(['entry-0', 'entry-1', 'entry-2']);
    for (const [rank, entry] of back.entries()) {
      const original = items[rank]!;
      expect(entry.facets).toEqual(original.facets);
      expect(entry.titleRank).toBe(rank);
      expect(entry.year).toBe(original.year);
      expect(entry.added).toBe(original.added);
      expect(entry.title).toBe(original.row.title);
      expect(entry.facts).toBe(original.row.facts);
      expect(entry.linked).toBe(original.row.linked);
      expect(entry.typeLabel).toBe(original.facets.type[0]!.toUpperCase());
    }
  });

  it('stores facet values as integer codes: a bitset for a short vocabulary, else a number, a list or null', () => {
    expect(file.facets.type).toEqual([0b001, 0b010, 0b001]);
    expect(file.facets.stage).toEqual([0b101, 0b010, 0b010]);
    expect(file.facets.format).toEqual([0, 0, 0]);
    const long = { ...vocabulary, place: Array.from({ length: MASK_LIMIT + 1 }, (_, index) => `place-${index}`) };
    const places = [
      item(0, { place: ['place-3'] }, '2026-01-01'),
      item(1, { place: ['place-1', 'place-30'] }, '2026-01-01'),
      item(2, {}, '2026-01-01'),
    ];
    const encoded = encodeBrowseIndex(places, long, String);
    expect(encoded.facets.place).toEqual([3, [1, 30], null]);
    expect(decodeBrowseIndex(JSON.parse(JSON.stringify(encoded))).map((entry) => entry.facets.place)).toEqual([
      ['place-3'],
      ['place-1', 'place-30'],
      [],
    ]);
    expect(file.added).toEqual([20260105, 20251231, 20260301]);
    expect(file.linked).toBe('101');
  });

  it('gives the same results, counts and orders as the items it was made from', () => {
    const back = decodeBrowseIndex(JSON.parse(JSON.stringify(file)));
    const selection = { ...noSelection(), stage: ['stage-b'] };
    expect(filterItems(back, selection).map((entry) => entry.titleRank)).toEqual(
      filterItems(items, selection).map((entry) => entry.titleRank),
    );
    expect(facetCounts(back, selection)).toEqual(facetCounts(items, selection));
    for (const sort of ['title', 'year', 'added'] as const) {
      expect(sortItems(back, sort).map((entry) => entry.titleRank)).toEqual(sortItems(items, sort).map((entry) => entry.titleRank));
    }
  });

  it('refuses a value outside its facet vocabulary, naming the entry and the facet', () => {
    expect(() => encodeBrowseIndex([item(0, { topic: ['unknown'] }, '2026-01-01')], vocabulary, String)).toThrow(
      /entry "entry-0" has topic "unknown"/,
    );
  });

  it('refuses a file of another shape with a clear error', () => {
    expect(() => decodeBrowseIndex(null)).toThrow(/browse index/);
    expect(() => decodeBrowseIndex({ version: 99, ids: [] })).toThrow(/version/);
    expect(() => decodeBrowseIndex({ ...file, facets: { ...file.facets, stage: [] } })).toThrow(/facet "stage"/);
  });
});
