import { describe, expect, it } from 'vitest';
import { FACET_KEYS, facetCounts, filterItems, noSelection, perFacet, sortItems, type BrowseItem } from '../../src/lib/catalogue/browse';
import { decodeBrowseIndex, encodeBrowseIndex } from '../../src/lib/catalogue/browse-index';

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

/** An entry with only a title and facts line to speak of. */
const row = (rank: number, title: string, facts: string) => ({
  ...item(rank, {}, '2026-01-01'),
  row: { id: `entry-${rank}`, title, facts, linked: false },
});

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

  it('writes each facet as codes into a table of its distinct sets of values, most frequent first', () => {
    expect(file.facets.type).toEqual({ values: [[0], [1]], codes: '010' });
    expect(file.facets.stage).toEqual({ values: [[1], [0, 2]], codes: '100' });
    expect(file.facets.format).toEqual({ values: [[]], codes: '000' });
    expect(file.added).toEqual({ values: ['2026-01-05', '2025-12-31', '2026-03-01'], codes: '012' });
    expect(file.linked).toBe('101');
  });

  it('writes repeated words and facts once, in a table, and words used once as literals', () => {
    const texts = [
      row(0, 'Health and housing', 'Rural Institute · 2020'),
      row(1, 'Housing  and health', 'Rural Institute · 2021 · Fresno County'),
      row(2, '', ''),
      row(3, 'Health', 'Rural Institute · 2020'),
    ];
    const encoded = encodeBrowseIndex(texts, vocabulary, String);
    // Ties keep the order of first use.
    expect(encoded.titles.tokens).toEqual(['Health', 'and']);
    expect(encoded.titles.literals).toEqual(['housing', 'Housing', '', 'health']);
    expect(encoded.facts.tokens).toEqual(['Rural Institute', '2020']);
    expect(encoded.facts.literals).toEqual(['2021', 'Fresno County']);
    const back = decodeBrowseIndex(JSON.parse(JSON.stringify(encoded)));
    expect(back.map((entry) => entry.title)).toEqual(texts.map((entry) => entry.row.title));
    expect(back.map((entry) => entry.facts)).toEqual(texts.map((entry) => entry.row.facts));
  });

  it('writes codes of any size: one character under 32, more above, with no separator needed', () => {
    // 2,000 distinct words, each used twice, and one entry of 1,000 words.
    const words = Array.from({ length: 2000 }, (_, index) => `w${index}`);
    const texts = [row(0, words.join(' '), ''), row(1, words.join(' '), ''), row(2, words.slice(0, 1000).join(' '), 'x')];
    const back = decodeBrowseIndex(JSON.parse(JSON.stringify(encodeBrowseIndex(texts, vocabulary, String))));
    expect(back.map((entry) => entry.title)).toEqual(texts.map((entry) => entry.row.title));
    expect(back.map((entry) => entry.facts)).toEqual(['', '', 'x']);
  });

  it('round-trips awkward text exactly: repeated and single spaces, separators and commas inside, code digits, other scripts', () => {
    // A seeded generator, so a failure can be replayed.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = ['', ' ', '  ', ' · ', '·', ',', 'a', 'B', '0', 'z_-', 'Zürich', 'قطر', '東京', 'health', 'Health', '"quoted"', '\\'];
    const text = () => Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    const list = Array.from({ length: 400 }, (_, rank) => row(rank, text(), text()));
    const back = decodeBrowseIndex(JSON.parse(JSON.stringify(encodeBrowseIndex(list, vocabulary, String))));
    expect(back.map((entry) => entry.title)).toEqual(list.map((entry) => entry.row.title));
    expect(back.map((entry) => entry.facts)).toEqual(list.map((entry) => entry.row.facts));
  });

  it('round-trips a catalogue of one entry and of none', () => {
    for (const list of [[row(0, '', '')], [row(0, 'Only', 'One · 2020')], []]) {
      const back = decodeBrowseIndex(JSON.parse(JSON.stringify(encodeBrowseIndex(list, vocabulary, String))));
      expect(back.map((entry) => [entry.id, entry.title, entry.facts])).toEqual(
        list.map((entry) => [entry.row.id, entry.row.title, entry.row.facts]),
      );
    }
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
    expect(() => decodeBrowseIndex({ ...file, facets: { ...file.facets, stage: { values: [[0]], codes: '00' } } })).toThrow(
      /facets\.stage/,
    );
    expect(() => decodeBrowseIndex({ ...file, facets: { ...file.facets, stage: { values: [[0]], codes: '001' } } })).toThrow(
      /outside its table/,
    );
    expect(() => decodeBrowseIndex({ ...file, titles: { ...file.titles, codes: '1,1' } })).toThrow(/"titles" must hold 3/);
    expect(() => decodeBrowseIndex({ ...file, facts: { ...file.facts, codes: '1,1,"' } })).toThrow(/not a code digit/);
  });
});
