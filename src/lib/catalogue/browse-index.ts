/**
 * The compact browse index: what the enhanced /resources/ page fetches on first use of its filters
 * or sort, instead of carrying every entry in its HTML. One JSON file per build, named by a hash
 * of its content (so it may be cached for ever), holding per entry, in title order:
 *  - the id, the title and the row's facts line (publisher · year · time · places) and link status,
 *  - the facet values as integer codes into one vocabulary per facet: for a facet of at most
 *    MASK_LIMIT values, one bitset per entry (bit i set = value i; 0 = none; decoded in vocabulary
 *    order, which browsing does not depend on), else a code, a list of codes, or null,
 *  - the date added as a number (YYYYMMDD); the year comes from the year facet.
 * Summaries are left out: they are most of a catalogue's bytes (about 380 KB gzip at 10,000
 * synthetic entries against a 250 KB budget for the whole file); rows listed from the index show
 * the title and facts, and each entry's page has the rest.
 *
 * Decoding gives BrowseItems, so filtering, counting and sorting are browse.ts itself: the enhanced
 * list and the static pages cannot disagree. Pure; imports only browse.ts (it runs in the browser).
 */
import { FACET_KEYS, noSelection, perFacet, type BrowseItem, type FacetKey, type FacetValues } from './browse';

export const BROWSE_INDEX_VERSION = 2;

/** Facets with at most this many values are stored as bitsets (exact integers in JSON and in bitwise JS). */
export const MASK_LIMIT = 30;

/** One facet of one entry, encoded: a bitset, a code, several codes, or nothing. */
type Codes = number | number[] | null;

export interface BrowseIndexFile {
  version: typeof BROWSE_INDEX_VERSION;
  /** Allowed values of each facet; an entry's code is a position in its facet's list. */
  vocabulary: Record<FacetKey, string[]>;
  /** How the row names each type ("Webinar"), by type code. */
  typeLabels: string[];
  ids: string[];
  titles: string[];
  /** The facts between type and link status on the row ("" when none is stated). */
  facts: string[];
  /** "1" where the entry links out, "0" where it has no link yet, one character per entry. */
  linked: string;
  /** YYYYMMDD. */
  added: number[];
  /** The facets stored as bitsets. */
  masks: FacetKey[];
  facets: Record<FacetKey, Codes[]>;
}

/** What a row needs to be listed, besides the browsing keys. */
export interface BrowseRowText {
  id: string;
  title: string;
  facts: string;
  linked: boolean;
}

/** An entry as the enhanced page filters, sorts and lists it. */
export interface IndexedItem extends BrowseItem, BrowseRowText {
  /** The row's type label ("Webinar"). */
  typeLabel: string;
}

/** Builds the file from items in title order (their titleRank is their position). */
export function encodeBrowseIndex(
  items: ReadonlyArray<BrowseItem & { row: BrowseRowText }>,
  vocabulary: Readonly<Record<FacetKey, readonly string[]>>,
  typeLabel: (type: string) => string,
): BrowseIndexFile {
  const codeOf = perFacet((key) => new Map(vocabulary[key].map((value, index) => [value, index])));
  const encode = (key: FacetKey, values: readonly string[], id: string): Codes => {
    const codes = values.map((value) => {
      const code = codeOf[key].get(value);
      if (code === undefined) throw new Error(`browse index: entry "${id}" has ${key} "${value}", which is not in the ${key} vocabulary`);
      return code;
    });
    if (vocabulary[key].length <= MASK_LIMIT) return codes.reduce((mask, code) => mask | (1 << code), 0);
    return codes.length === 0 ? null : codes.length === 1 ? codes[0]! : codes;
  };
  return {
    version: BROWSE_INDEX_VERSION,
    vocabulary: perFacet((key) => [...vocabulary[key]]),
    typeLabels: vocabulary.type.map(typeLabel),
    ids: items.map((item) => item.row.id),
    titles: items.map((item) => item.row.title),
    facts: items.map((item) => item.row.facts),
    linked: items.map((item) => (item.row.linked ? '1' : '0')).join(''),
    added: items.map((item) => Number(item.added.replaceAll('-', '')) || 0),
    masks: FACET_KEYS.filter((key) => vocabulary[key].length <= MASK_LIMIT),
    facets: perFacet((key) => items.map((item) => encode(key, item.facets[key], item.row.id))),
  };
}

const addedText = (n: number): string => {
  const text = String(n).padStart(8, '0');
  return n > 0 ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : '';
};

/** Reads the file back into items in title order; throws a clear error on a file of another shape. */
export function decodeBrowseIndex(file: unknown): IndexedItem[] {
  const index = file as BrowseIndexFile;
  if (!index || typeof index !== 'object' || index.version !== BROWSE_INDEX_VERSION || !Array.isArray(index.ids)) {
    throw new Error(`browse index: expected version ${BROWSE_INDEX_VERSION} with an "ids" list`);
  }
  const count = index.ids.length;
  for (const key of FACET_KEYS) {
    if (!Array.isArray(index.facets?.[key]) || index.facets[key].length !== count)
      throw new Error(`browse index: facet "${key}" must have ${count} entries`);
  }
  const masks = new Set(index.masks ?? []);
  const decode = (key: FacetKey, codes: Codes): string[] => {
    if (codes === null) return [];
    const vocabulary = index.vocabulary[key];
    if (masks.has(key) && typeof codes === 'number') return vocabulary.filter((_, code) => (codes & (1 << code)) !== 0);
    return (typeof codes === 'number' ? [codes] : codes).map((code) => vocabulary[code] ?? '');
  };
  const items: IndexedItem[] = new Array(count);
  for (let rank = 0; rank < count; rank += 1) {
    const facets: Record<FacetKey, string[]> = noSelection();
    for (const key of FACET_KEYS) facets[key] = decode(key, index.facets[key][rank]!);
    const year = Number.parseInt(facets.year[0] ?? '', 10);
    items[rank] = {
      facets: facets as FacetValues,
      titleRank: rank,
      year: Number.isNaN(year) ? undefined : year,
      added: addedText(index.added[rank] ?? 0),
      id: index.ids[rank]!,
      title: index.titles[rank] ?? '',
      facts: index.facts[rank] ?? '',
      linked: index.linked[rank] === '1',
      typeLabel: index.typeLabels[index.vocabulary.type.indexOf(facets.type[0] ?? '')] ?? '',
    };
  }
  return items;
}
