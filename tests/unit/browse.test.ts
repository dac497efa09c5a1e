import { describe, expect, it } from 'vitest';
import {
  FACET_KEYS,
  catalogueNotStatedCounts,
  chosenCount,
  facetCounts,
  filterItems,
  noSelection,
  notStatedCounts,
  notStatedNote,
  resultStatus,
  selectItems,
  showResultsLabel,
  sortItems,
  type BrowseItem,
  type FacetKey,
  type FacetValues,
} from '../../src/lib/catalogue/browse';

interface Item extends BrowseItem {
  id: string;
}

function item(id: string, titleRank: number, facets: Partial<Record<FacetKey, string[]>>, year?: number, added = '2026-01-01'): Item {
  return { id, titleRank, facets: { ...noSelection(), ...facets }, year, added };
}

const select = (choice: Partial<Record<FacetKey, string[]>>): FacetValues => ({ ...noSelection(), ...choice });
const ids = (items: readonly Item[]) => items.map((entry) => entry.id);

// Five entries in title order a…e.
const items = [
  item(
    'a',
    0,
    { type: ['webinar'], stage: ['get-ready', 'build-the-alliance'], topic: ['housing-and-neighbourhoods'] },
    2018,
    '2026-02-01',
  ),
  item('b', 1, { type: ['training'], stage: ['build-the-alliance'], topic: ['health-equity'] }, 2020, '2026-01-01'),
  item('c', 2, { type: ['guide'], stage: ['build-the-alliance'], topic: ['housing-and-neighbourhoods'] }, undefined, '2026-03-01'),
  item('d', 3, { type: ['webinar'], stage: ['align-value'], topic: ['housing-and-neighbourhoods', 'health-equity'] }, 2020, '2026-01-01'),
  item('e', 4, { type: ['case-study'], stage: ['sustain-and-scale'], topic: [] }, 2012, '2026-02-01'),
];

const RANDOM_VALUES = ['v0', 'v1', 'v2', 'v3'];

/** A deterministic pseudo-random catalogue of `size` items, each facet holding each of four values with probability `share`; and its generator, for selections. */
function randomCatalogue(seed: number, size: number, share: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => RANDOM_VALUES.filter(() => random() < share);
  const catalogue = Array.from({ length: size }, (_, rank) =>
    item(`i${rank}`, rank, Object.fromEntries(FACET_KEYS.map((key) => [key, pick()]))),
  );
  return { catalogue, random, pick };
}
describe('filterItems', () => {
  it('returns everything, in the given order, when nothing is chosen', () => {
    expect(ids(filterItems(items, noSelection()))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ORs values within one facet', () => {
    expect(ids(filterItems(items, select({ type: ['webinar', 'training'] })))).toEqual(['a', 'b', 'd']);
  });

  it('ANDs across facets', () => {
    const selection = select({ type: ['webinar', 'training'], stage: ['build-the-alliance'], topic: ['housing-and-neighbourhoods'] });
    expect(ids(filterItems(items, selection))).toEqual(['a']);
  });

  it('matches an entry with several values when any one is chosen', () => {
    expect(ids(filterItems(items, select({ stage: ['get-ready'] })))).toEqual(['a']);
    expect(ids(filterItems(items, select({ topic: ['health-equity'] })))).toEqual(['b', 'd']);
  });

  it('never matches an entry that has no value in a chosen facet', () => {
    expect(ids(filterItems(items, select({ topic: ['health-equity', 'housing-and-neighbourhoods'] })))).not.toContain('e');
  });

  it('gives nothing for a value no entry has', () => {
    expect(filterItems(items, select({ type: ['podcast'] }))).toEqual([]);
  });
});

/** The definition of a disjunctive count, computed the slow way: filter with this facet replaced by the value. */
function bruteForceCount(all: readonly BrowseItem[], selection: FacetValues, key: FacetKey, value: string): number {
  return filterItems(all, { ...selection, [key]: [value] }).length;
}

describe('facetCounts', () => {
  it('counts whole-catalogue totals when nothing is chosen', () => {
    const counts = facetCounts(items, noSelection());
    expect(counts.type.get('webinar')).toBe(2);
    expect(counts.stage.get('build-the-alliance')).toBe(3);
    expect(counts.topic.get('housing-and-neighbourhoods')).toBe(3);
    expect(counts.type.get('podcast')).toBeUndefined();
  });

  it('counts a facet against the other facets only (its own choices do not shrink its counts)', () => {
    const counts = facetCounts(items, select({ type: ['webinar'] }));
    // Type counts ignore the type choice…
    expect(counts.type.get('webinar')).toBe(2);
    expect(counts.type.get('training')).toBe(1);
    expect(counts.type.get('guide')).toBe(1);
    // …while every other facet is counted among webinars only.
    expect(counts.stage.get('build-the-alliance')).toBe(1);
    expect(counts.stage.get('align-value')).toBe(1);
    expect(counts.stage.get('sustain-and-scale')).toBeUndefined();
  });

  it('agrees with the brute-force definition for every value under many selections', () => {
    const { catalogue, random, pick } = randomCatalogue(7, 120, 0.4);
    for (let round = 0; round < 40; round += 1) {
      const selection = select(Object.fromEntries(FACET_KEYS.map((key) => [key, random() < 0.3 ? pick() : []])));
      const counts = facetCounts(catalogue, selection);
      for (const key of FACET_KEYS) {
        for (const value of RANDOM_VALUES) {
          expect(counts[key].get(value) ?? 0, `${key}=${value} in round ${round}`).toBe(bruteForceCount(catalogue, selection, key, value));
        }
      }
    }
  });
});

describe('sortItems', () => {
  it('sorts by title rank', () => {
    expect(ids(sortItems([...items].reverse(), 'title'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts by year, newest first, ties in title order, no year last', () => {
    expect(ids(sortItems(items, 'year'))).toEqual(['b', 'd', 'a', 'e', 'c']);
  });

  it('sorts by date added, newest first, ties in title order', () => {
    expect(ids(sortItems(items, 'added'))).toEqual(['c', 'a', 'e', 'b', 'd']);
  });

  it('returns a copy', () => {
    const copy = [...items];
    sortItems(items, 'year');
    expect(items).toEqual(copy);
  });
});

describe('chosenCount and resultStatus', () => {
  it('counts chosen values across facets', () => {
    expect(chosenCount(noSelection())).toBe(0);
    expect(chosenCount(select({ type: ['webinar', 'guide'], year: ['2020'] }))).toBe(3);
  });

  it('says how many resources are shown', () => {
    expect(resultStatus(46, 46)).toBe('Showing all 46 resources.');
    expect(resultStatus(7, 46)).toBe('Showing 7 of 46 resources.');
    expect(resultStatus(1, 46)).toBe('Showing 1 of 46 resources.');
    expect(resultStatus(0, 46)).toBe('No resources match these filters.');
    expect(resultStatus(1, 1)).toBe('Showing all 1 resource.');
    expect(resultStatus(0, 0)).toBe('There are no resources in the catalogue yet.');
  });

  it('says when a long result is only partly listed', () => {
    expect(resultStatus(907, 10_000, 100)).toBe('907 of 10000 resources match. Showing the first 100.');
    expect(resultStatus(10_000, 10_000, 200)).toBe('10000 resources. Showing the first 200.');
    expect(resultStatus(907, 10_000, 907)).toBe('Showing 907 of 10000 resources.');
  });
});

describe('notStatedCounts', () => {
  /** The slow way: entries that match every other facet's choice and have no value for this one. */
  const bruteForce = (selection: FacetValues, key: FacetKey) =>
    filterItems(items, { ...selection, [key]: [] }).filter((entry) => entry.facets[key].length === 0).length;

  it('counts, per facet, the matching entries with no value for it', () => {
    for (const selection of [
      noSelection(),
      select({ type: ['webinar'] }),
      select({ topic: ['health-equity'] }),
      select({ stage: ['sustain-and-scale'], topic: ['governance'] }),
    ]) {
      const counts = notStatedCounts(items, selection);
      for (const key of FACET_KEYS) expect(counts[key], `${key} under ${JSON.stringify(selection)}`).toBe(bruteForce(selection, key));
    }
  });

  it('counts the whole catalogue once per list of items (every page of /resources/ shows the same counts)', () => {
    const counts = catalogueNotStatedCounts(items);
    expect(counts).toEqual(notStatedCounts(items, noSelection()));
    expect(catalogueNotStatedCounts(items)).toBe(counts);
    expect(catalogueNotStatedCounts([...items])).not.toBe(counts);
    expect(Object.isFrozen(counts)).toBe(true);
  });

  it('says nothing when every entry states the facet, and counts in words otherwise', () => {
    expect(notStatedNote(0)).toBe('');
    expect(notStatedNote(1)).toBe('Not stated for 1 resource.');
    expect(notStatedNote(12)).toBe('Not stated for 12 resources.');
  });
});

describe('showResultsLabel', () => {
  it('names the number of results the dialog closes onto', () => {
    expect(showResultsLabel(0)).toBe('Show 0 results');
    expect(showResultsLabel(1)).toBe('Show 1 result');
    expect(showResultsLabel(14)).toBe('Show 14 results');
  });
});

describe('selectItems', () => {
  it('gives in one pass the matches, the counts and the not-stated counts of the brute-force definitions', () => {
    const { catalogue, random, pick } = randomCatalogue(11, 150, 0.35);
    for (let round = 0; round < 40; round += 1) {
      const selection = select(Object.fromEntries(FACET_KEYS.map((key) => [key, random() < 0.3 ? pick() : []])));
      const { matches, counts, notStated } = selectItems(catalogue, selection);
      expect(ids(matches), `matches in round ${round}`).toEqual(ids(filterItems(catalogue, selection)));
      for (const key of FACET_KEYS) {
        const others = filterItems(catalogue, { ...selection, [key]: [] });
        expect(notStated[key], `${key} not stated in round ${round}`).toBe(others.filter((entry) => entry.facets[key].length === 0).length);
        for (const value of RANDOM_VALUES) {
          expect(counts[key].get(value) ?? 0, `${key}=${value} in round ${round}`).toBe(bruteForceCount(catalogue, selection, key, value));
        }
      }
    }
  });
});
