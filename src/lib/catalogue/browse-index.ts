/**
 * The compact browse index: what the enhanced /resources/ page fetches on first use of its filters
 * or sort, instead of carrying every entry in its HTML. One JSON file per build, named by a hash
 * of its content (so it may be cached for ever), holding per entry, in title order (an entry's
 * position is its title rank): its id, title, row facts line (publisher · year · time · places),
 * link status, date added and facet values.
 *
 * Most of its bytes are text, and gzip alone codes short texts drawn from a shared vocabulary
 * poorly (each repeated word costs a back-reference of two to three bytes). So repeated things are
 * written once, in a table ordered by how often they occur, and each entry holds small codes into
 * the tables (see CodedTexts and CodedColumn):
 *  - titles as codes of their words (split on spaces) and row facts as codes of their parts (split
 *    on " · "); a word or part that occurs only once is kept as a literal instead,
 *  - each facet as a code of the entry's set of values (codes into the facet's vocabulary), and
 *    the date added as a code of the date,
 *  - codes as variable-length base-32 numbers in one string (frequent values take one character).
 * Ids stay plain strings: they are unique, so a table would not help. Summaries are left out: they
 * would be most of the file (about 380 KB gzip at 10,000 synthetic entries against a 250 KB budget
 * for the whole file); rows listed from the index show the title and facts, and each entry's page
 * has the rest. Bytes per field on the benchmarks' catalogues: docs/performance.md ("The browse index, byte by byte").
 *
 * Decoding gives BrowseItems, so filtering, counting and sorting are browse.ts itself: the enhanced
 * list and the static pages cannot disagree. Pure; imports only browse.ts (it runs in the browser).
 */
import { FACET_KEYS, noSelection, perFacet, type BrowseItem, type FacetKey, type FacetValues } from './browse';

export const BROWSE_INDEX_VERSION = 3;

/**
 * Texts written as codes into a table of their tokens. Code 0 stands for the next literal; code
 * n > 0 for tokens[n - 1]. An empty text has no codes.
 */
export interface CodedTexts {
  /** Tokens that occur more than once over all texts, most frequent first. */
  tokens: string[];
  /** Each text's codes (variable-length, see writeCode), texts separated by ",". */
  codes: string;
  /** Tokens that occur once, in the order the texts use them. */
  literals: string[];
}

/** One value per entry, written as codes into a table of the distinct values, most frequent first. */
export interface CodedColumn<T> {
  values: T[];
  /** One code per entry (variable-length, see writeCode), back to back. */
  codes: string;
}

export interface BrowseIndexFile {
  version: typeof BROWSE_INDEX_VERSION;
  /** Allowed values of each facet; a facet value's code is its position in its facet's list. */
  vocabulary: Record<FacetKey, string[]>;
  /** How the row names each type ("Webinar"), by type code. */
  typeLabels: string[];
  ids: string[];
  /** Titles, by their words. */
  titles: CodedTexts;
  /** The facts between type and link status on the row ("" when none is stated), by their parts. */
  facts: CodedTexts;
  /** "1" where the entry links out, "0" where it has no link yet, one character per entry. */
  linked: string;
  /** YYYY-MM-DD ("" when unknown). */
  added: CodedColumn<string>;
  /** Each facet: the entry's set of values as vocabulary codes, ascending ([] = none). */
  facets: Record<FacetKey, CodedColumn<number[]>>;
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

const TITLE_SEPARATOR = ' ';
const FACTS_SEPARATOR = ' · ';
const TEXT_END = ',';

/**
 * The 64 digits of a code, all safe in JSON strings. A code is written in base 32, most significant
 * digit first: every digit but the last is a continuation digit (DIGITS[32 + d]), the last a final
 * one (DIGITS[d]), so codes need no separator and codes under 32 take one character.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** Each digit's value by character code (-1: not a digit), for a fast read of long code strings. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let value = 0; value < DIGITS.length; value += 1) DIGIT_VALUE[DIGITS.charCodeAt(value)] = value;
const TEXT_END_CODE = TEXT_END.charCodeAt(0);

function writeCode(code: number): string {
  let text = DIGITS[code % 32]!;
  for (let rest = Math.floor(code / 32); rest > 0; rest = Math.floor(rest / 32)) text = DIGITS[32 + (rest % 32)]! + text;
  return text;
}

/** Reads codes back from `text`, calling `onCode` for each and `onEnd` at each TEXT_END. */
function readCodes(text: string, onCode: (code: number) => void, onEnd: () => void = () => {}): void {
  let pending = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (char === TEXT_END_CODE) {
      onEnd();
      continue;
    }
    const digit = char < 128 ? DIGIT_VALUE[char]! : -1;
    if (digit < 0) throw new Error(`browse index: "${text[at]}" is not a code digit`);
    pending = pending * 32 + (digit % 32);
    if (digit < 32) {
      onCode(pending);
      pending = 0;
    }
  }
}

/** Distinct keys by how often they occur, most frequent first (ties in order of first use: stable). */
function byFrequency(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const rankOf = (counts: Map<string, number>, keep: (count: number) => boolean): Map<string, number> =>
  new Map(
    [...counts]
      .filter(([, count]) => keep(count))
      .sort((a, b) => b[1] - a[1])
      .map(([key], index) => [key, index]),
  );

function encodeTexts(texts: readonly string[], separator: string): CodedTexts {
  const split = texts.map((text) => (text === '' ? [] : text.split(separator)));
  const rank = rankOf(byFrequency(split.flat()), (count) => count > 1);
  const literals: string[] = [];
  const codes = split.map((tokens) =>
    tokens
      .map((token) => {
        const code = rank.get(token);
        if (code === undefined) literals.push(token);
        return writeCode(code === undefined ? 0 : code + 1);
      })
      .join(''),
  );
  return { tokens: [...rank.keys()], codes: codes.join(TEXT_END), literals };
}

function decodeTexts(coded: CodedTexts | undefined, separator: string, count: number, field: string): string[] {
  const texts: string[] = [];
  let tokens: string[] = [];
  let literal = 0;
  const codes = coded?.codes ?? '';
  readCodes(
    codes,
    (code) => tokens.push(code === 0 ? (coded!.literals[literal++] ?? '') : (coded!.tokens[code - 1] ?? '')),
    () => {
      texts.push(tokens.join(separator));
      tokens = [];
    },
  );
  // The last text has no TEXT_END after it.
  if (count > 0 || codes !== '') texts.push(tokens.join(separator));
  if (texts.length !== count) throw new Error(`browse index: "${field}" must hold ${count} texts, not ${texts.length}`);
  return texts;
}

function encodeColumn<T>(values: readonly T[]): CodedColumn<T> {
  const keys = values.map((value) => JSON.stringify(value));
  const rank = rankOf(byFrequency(keys), () => true);
  return {
    values: [...rank.keys()].map((key) => JSON.parse(key) as T),
    codes: keys.map((key) => writeCode(rank.get(key)!)).join(''),
  };
}

function decodeColumn<T>(column: CodedColumn<T> | undefined, count: number, field: string): T[] {
  const out: T[] = [];
  readCodes(column?.codes ?? '', (code) => {
    if (code >= (column?.values.length ?? 0)) throw new Error(`browse index: "${field}" has code ${code} outside its table`);
    out.push(column!.values[code]!);
  });
  if (out.length !== count) throw new Error(`browse index: "${field}" must have ${count} entries, not ${out.length}`);
  return out;
}

/** Builds the file from items in title order (their titleRank is their position). */
export function encodeBrowseIndex(
  items: ReadonlyArray<BrowseItem & { row: BrowseRowText }>,
  vocabulary: Readonly<Record<FacetKey, readonly string[]>>,
  typeLabel: (type: string) => string,
): BrowseIndexFile {
  const codeOf = perFacet((key) => new Map(vocabulary[key].map((value, index) => [value, index])));
  const codes = (key: FacetKey, values: readonly string[], id: string): number[] =>
    values
      .map((value) => {
        const code = codeOf[key].get(value);
        if (code === undefined) throw new Error(`browse index: entry "${id}" has ${key} "${value}", which is not in the ${key} vocabulary`);
        return code;
      })
      .sort((a, b) => a - b);
  return {
    version: BROWSE_INDEX_VERSION,
    vocabulary: perFacet((key) => [...vocabulary[key]]),
    typeLabels: vocabulary.type.map(typeLabel),
    ids: items.map((item) => item.row.id),
    titles: encodeTexts(
      items.map((item) => item.row.title),
      TITLE_SEPARATOR,
    ),
    facts: encodeTexts(
      items.map((item) => item.row.facts),
      FACTS_SEPARATOR,
    ),
    linked: items.map((item) => (item.row.linked ? '1' : '0')).join(''),
    added: encodeColumn(items.map((item) => item.added)),
    facets: perFacet((key) => encodeColumn(items.map((item) => codes(key, item.facets[key], item.row.id)))),
  };
}

/** Reads the file back into items in title order; throws a clear error on a file of another shape. */
export function decodeBrowseIndex(file: unknown): IndexedItem[] {
  const index = file as BrowseIndexFile;
  if (!index || typeof index !== 'object' || index.version !== BROWSE_INDEX_VERSION || !Array.isArray(index.ids)) {
    throw new Error(`browse index: expected version ${BROWSE_INDEX_VERSION} with an "ids" list`);
  }
  const count = index.ids.length;
  // Each distinct set of values is decoded once, and entries with the same set share it (read-only).
  const facets = perFacet((key) => {
    const column = index.facets?.[key];
    const sets = (column?.values ?? []).map((codes) => Object.freeze(codes.map((code) => index.vocabulary[key][code] ?? '')));
    return decodeColumn({ values: sets, codes: column?.codes ?? '' }, count, `facets.${key}`);
  });
  const titles = decodeTexts(index.titles, TITLE_SEPARATOR, count, 'titles');
  const facts = decodeTexts(index.facts, FACTS_SEPARATOR, count, 'facts');
  const added = decodeColumn(index.added, count, 'added');
  const typeLabels = new Map(index.vocabulary.type.map((type, code) => [type, index.typeLabels[code] ?? '']));
  const items: IndexedItem[] = new Array(count);
  for (let rank = 0; rank < count; rank += 1) {
    const values: Record<FacetKey, readonly string[]> = noSelection();
    for (const key of FACET_KEYS) values[key] = facets[key][rank]!;
    const year = Number.parseInt(values.year[0] ?? '', 10);
    items[rank] = {
      facets: values as FacetValues,
      titleRank: rank,
      year: Number.isNaN(year) ? undefined : year,
      added: added[rank]!,
      id: index.ids[rank]!,
      title: titles[rank]!,
      facts: facts[rank]!,
      linked: index.linked[rank] === '1',
      typeLabel: typeLabels.get(values.type[0] ?? '') ?? '',
    };
  }
  return items;
}
