/**
 * The catalogue's facets at build time: each facet's values with labels, which values each entry
 * has, and the links to its static pages, all worked out from the one registry (facet-registry.ts).
 * Read by the /resources/ page, the static single-facet pages (/sectors/housing/,
 * /time/under-30-minutes/ …), the search filters on resource pages and the tests.
 *
 * Most facets are content fields with a vocabulary in vocabularies.ts, handled generically. Three
 * are derived, here:
 *  - time needed: buckets of durationMinutes (TIME_BUCKETS), "not stated" where no source gives it;
 *  - place: each place's country, and its state or region where one is given;
 *  - year: the year, "not stated" where unknown.
 */
import type { ResourceData } from '../../schemas/resource';
import type { CatalogueEntry } from './catalogue';
import { FACET_KEYS, perFacet, type BrowseItem, type FacetKey, type FacetValues } from './browse';
import { FACET_REGISTRY, type FacetSegment, type FacetSpec } from './facet-registry';
import type { FacetVocabulary } from './browse-url';
import { isoDate } from './format';
import { facetIndexPath, facetValuePath, stageResourcesPath, stagesIndexPath, typePath, typesIndexPath } from './paths';
import { optionLabel, VOCABULARY_IDS, VOCABULARY_TERMS, type RESOURCE_TYPES, type STAGE_IDS, type Term } from '../model/vocabularies';

/** The value for entries that do not state a time or a year. */
export const NOT_STATED = 'not-stated';

/** Buckets of "time needed". Ids are permanent: they appear in URLs (/time/<id>/, ?time=<id>). */
export const TIME_BUCKETS = ['under-30-minutes', '30-to-60-minutes', 'over-an-hour', NOT_STATED] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

export const TIME_BUCKET_TERMS: Record<TimeBucket, Term> = {
  'under-30-minutes': { label: 'Under 30 minutes', description: 'Trainings, webinars and podcasts that take less than half an hour.' },
  '30-to-60-minutes': {
    label: '30 minutes to an hour',
    description: 'Trainings, webinars and podcasts that take from half an hour to an hour.',
  },
  'over-an-hour': { label: 'More than an hour', description: 'Trainings, webinars and podcasts that take longer than an hour.' },
  [NOT_STATED]: { label: 'Not stated', description: 'Resources whose length no source states, which includes most reading material.' },
};

/** The time bucket of a duration in minutes: under 30, 30 to 60 (both included), over 60, or not stated. */
export function timeBucket(minutes: number | undefined): TimeBucket {
  if (minutes === undefined) return NOT_STATED;
  if (minutes < 30) return 'under-30-minutes';
  if (minutes <= 60) return '30-to-60-minutes';
  return 'over-an-hour';
}

/** The year facet's value: the year as text, or "not-stated". */
export function yearValue(year: number | undefined): string {
  return year === undefined ? NOT_STATED : String(year);
}

/** Lower-case ASCII words joined by hyphens ("São Paulo" → "sao-paulo"), for place ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface PlaceLike {
  name: string;
  region?: string | undefined;
  country: string;
}

/** A value of the place facet: a country, or a state or region within one. */
export interface PlaceTerm {
  /** "united-states", or "california-united-states" for a region. */
  id: string;
  /** "United States", or "California, United States". */
  label: string;
  country: string;
  region?: string;
}

const regionKey = (country: string, region: string) => `${country}\n${region}`;
export const countryPlaceId = (country: string): string => slugify(country);
export const regionPlaceId = (country: string, region: string): string => `${slugify(region)}-${slugify(country)}`;

/** Every (country, region) pair that some entry names as a place's region. */
export function knownRegions(entries: readonly CatalogueEntry[]): Set<string> {
  const regions = new Set<string>();
  for (const { data } of entries) {
    if ('places' in data) for (const place of data.places) if (place.region) regions.add(regionKey(place.country, place.region));
  }
  return regions;
}

/**
 * The region a place counts under: its own region, or, for a place that is itself a region named
 * elsewhere in the catalogue (a state-wide entry: name "California", no region), that region.
 */
export function placeRegion(place: PlaceLike, regions: ReadonlySet<string>): string | undefined {
  if (place.region) return place.region;
  if (place.name !== place.country && regions.has(regionKey(place.country, place.name))) return place.name;
  return undefined;
}

/** The place-facet terms of a list of places: each country, then each region; each once. */
export function placeTerms(places: readonly PlaceLike[], regions: ReadonlySet<string>): PlaceTerm[] {
  const terms = new Map<string, PlaceTerm>();
  for (const place of places) {
    const id = countryPlaceId(place.country);
    if (!terms.has(id)) terms.set(id, { id, label: place.country, country: place.country });
  }
  for (const place of places) {
    const region = placeRegion(place, regions);
    if (!region) continue;
    const id = regionPlaceId(place.country, region);
    if (!terms.has(id)) terms.set(id, { id, label: `${region}, ${place.country}`, country: place.country, region });
  }
  return [...terms.values()];
}

const placesOf = (data: ResourceData): readonly PlaceLike[] => ('places' in data ? data.places : []);

/** Every place value in the catalogue: countries A to Z, each followed by its regions A to Z. */
export function placeVocabulary(entries: readonly CatalogueEntry[]): PlaceTerm[] {
  const regions = knownRegions(entries);
  const all = new Map<string, PlaceTerm>();
  for (const { data } of entries) for (const term of placeTerms(placesOf(data), regions)) all.set(term.id, term);
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return [...all.values()].sort(
    (a, b) => collator.compare(a.country, b.country) || (a.region ? (b.region ? collator.compare(a.region, b.region) : 1) : -1),
  );
}

/** Years present in the catalogue, newest first, then "not-stated" if any entry has no year. */
export function yearVocabulary(entries: readonly CatalogueEntry[]): string[] {
  const years = [...new Set(entries.flatMap(({ data }) => (data.year === undefined ? [] : [data.year])))].sort((a, b) => b - a);
  const values = years.map(String);
  if (entries.some(({ data }) => data.year === undefined)) values.push(NOT_STATED);
  return values;
}

/** What a facet is called and where its pages are (its registry entry, typed by key). */
export interface FacetDefinition extends FacetSpec {
  key: FacetKey;
  segment?: FacetSegment;
}

export const FACET_DEFINITIONS = Object.fromEntries(FACET_REGISTRY.map((facet) => [facet.key, facet as FacetDefinition])) as Record<
  FacetKey,
  FacetDefinition
>;

/** One value of a facet, as lists and pages show it. */
export interface FacetValueTerm {
  value: string;
  label: string;
  description: string;
}

function termsOf<K extends string>(ids: readonly K[], terms: Record<K, Term>): FacetValueTerm[] {
  return ids.map((value) => ({ value, label: terms[value].label, description: terms[value].description }));
}

/** The values of a derived facet (see the module comment), in display order. */
function derivedValueTerms(key: FacetKey, entries: readonly CatalogueEntry[]): FacetValueTerm[] {
  if (key === 'time') return termsOf(TIME_BUCKETS, TIME_BUCKET_TERMS);
  if (key === 'place') {
    return placeVocabulary(entries).map(({ id, label, region }) => ({
      value: id,
      label,
      description: `Case studies, county examples and initiatives in ${label}${region ? '' : ', including its states and regions'}.`,
    }));
  }
  if (key === 'year') {
    return yearVocabulary(entries).map((value) => ({
      value,
      label: value === NOT_STATED ? 'Not stated' : value,
      description:
        value === NOT_STATED
          ? 'Resources whose year no source states.'
          : `Resources published in ${value}, and initiatives that started that year.`,
    }));
  }
  throw new Error(`facet "${key}" is marked derived in facet-registry.ts but facets.ts does not derive it`);
}

/** Every facet's values in display order: whole vocabularies, and for derived facets the values present. */
export function facetValueTerms(entries: readonly CatalogueEntry[]): Record<FacetKey, FacetValueTerm[]> {
  return memoised(valueTermsCache, entries, () => computeFacetValueTerms(entries));
}

/*
 * The whole-catalogue computations below run once per list of entries: every page of the paged
 * catalogue asks for them, and at 10,000 entries recomputing them on each of its 200 pages cost about
 * 20 s of a build. Results are shared, so callers must not mutate them.
 */
const valueTermsCache = new WeakMap<object, Record<FacetKey, FacetValueTerm[]>>();
const facetedCache = new WeakMap<object, unknown>();
const summariesCache = new WeakMap<object, WeakMap<object, FacetSummary[]>>();

function memoised<V>(cache: WeakMap<object, V>, key: object, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute()));
  return value;
}

function computeFacetValueTerms(entries: readonly CatalogueEntry[]): Record<FacetKey, FacetValueTerm[]> {
  return perFacet((key) => {
    const { source } = FACET_DEFINITIONS[key];
    if (source.kind === 'derived') return derivedValueTerms(key, entries);
    const terms = VOCABULARY_TERMS[source.vocabulary] as Record<string, Term>;
    return VOCABULARY_IDS[source.vocabulary].map((value) => ({
      value,
      label: optionLabel(source.vocabulary, value),
      description: terms[value]!.description,
    }));
  });
}

/** The vocabulary (allowed values, in order) of every facet, for validating a query string. */
export function facetVocabulary(terms: Record<FacetKey, readonly FacetValueTerm[]>): FacetVocabulary {
  return perFacet((key) => terms[key].map((term) => term.value));
}

/** An entry's value for a derived facet (see the module comment). */
function derivedValues(key: FacetKey, data: ResourceData, regions: ReadonlySet<string>): string[] {
  if (key === 'time') return [timeBucket('durationMinutes' in data ? data.durationMinutes : undefined)];
  if (key === 'place') return placeTerms(placesOf(data), regions).map((term) => term.id);
  if (key === 'year') return [yearValue(data.year)];
  throw new Error(`facet "${key}" is marked derived in facet-registry.ts but facets.ts does not derive it`);
}

/** The ids a resource holds in a field: one id, a list, or none. */
export function fieldValues(data: ResourceData, field: string): string[] {
  const value = (data as unknown as Record<string, unknown>)[field];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** The facet values of one entry; each value once. */
export function entryFacetValues(data: ResourceData, regions: ReadonlySet<string>): FacetValues {
  return perFacet((key) => {
    const { source } = FACET_DEFINITIONS[key];
    return source.kind === 'derived' ? derivedValues(key, data, regions) : [...new Set(fieldValues(data, source.field))];
  });
}

/**
 * The search filters a resource page carries (Pagefind indexes `data-pagefind-filter` elements):
 * for each facet the search page offers, the labels of the entry's values. The search page maps
 * labels back to ids (search-facets.ts).
 */
export function searchFilterTags(data: ResourceData): Array<{ key: FacetKey; value: string }> {
  return FACET_REGISTRY.flatMap((facet) => {
    if (!('search' in facet) || facet.source.kind !== 'vocabulary') return [];
    const terms = VOCABULARY_TERMS[facet.source.vocabulary] as Record<string, Term>;
    return fieldValues(data, facet.source.field).map((id) => ({ key: facet.key, value: terms[id]!.label }));
  });
}

/** The link to a facet's index page. */
export function facetIndexHref(key: FacetKey): string {
  if (key === 'type') return typesIndexPath();
  if (key === 'stage') return stagesIndexPath();
  return facetIndexPath(FACET_DEFINITIONS[key].segment!);
}

/** The link to the static page listing every entry with one facet value. */
export function facetValueHref(key: FacetKey, value: string): string {
  if (key === 'type') return typePath(value as (typeof RESOURCE_TYPES)[number]);
  if (key === 'stage') return stageResourcesPath(value as (typeof STAGE_IDS)[number]);
  return facetValuePath(FACET_DEFINITIONS[key].segment!, value);
}

/** A catalogue entry with its facet values, ready for browsing. */
export interface FacetedEntry<T extends CatalogueEntry> extends BrowseItem {
  entry: T;
}

/** The catalogue's entries with their facet values; `entries` must already be in title order. */
export function facetedEntries<T extends CatalogueEntry>(entries: readonly T[]): FacetedEntry<T>[] {
  return memoised(facetedCache, entries, () => computeFacetedEntries(entries)) as FacetedEntry<T>[];
}

function computeFacetedEntries<T extends CatalogueEntry>(entries: readonly T[]): FacetedEntry<T>[] {
  const regions = knownRegions(entries);
  return entries.map((entry, titleRank) => ({
    entry,
    facets: entryFacetValues(entry.data, regions),
    titleRank,
    year: entry.data.year,
    added: isoDate(entry.data.added),
  }));
}

/** One facet with each value's link and its count over the whole catalogue. */
export interface FacetSummary extends FacetDefinition {
  href: string;
  values: Array<FacetValueTerm & { href: string; count: number }>;
}

/** Every facet with its values, links and whole-catalogue counts, in FACET_KEYS order. */
export function facetSummaries(items: readonly BrowseItem[], terms: Record<FacetKey, readonly FacetValueTerm[]>): FacetSummary[] {
  return memoised(
    memoised(summariesCache, items, () => new WeakMap<object, FacetSummary[]>()),
    terms,
    () => computeFacetSummaries(items, terms),
  );
}

function computeFacetSummaries(items: readonly BrowseItem[], terms: Record<FacetKey, readonly FacetValueTerm[]>): FacetSummary[] {
  return FACET_KEYS.map((key) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const value of item.facets[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
    return {
      ...FACET_DEFINITIONS[key],
      href: facetIndexHref(key),
      values: terms[key].map((term) => ({ ...term, href: facetValueHref(key, term.value), count: counts.get(term.value) ?? 0 })),
    };
  });
}

/** The facets in words, for descriptions and docs: "type, stage, sector, …, kind of publisher and year". */
export function facetNamesInWords(): string {
  const names = FACET_KEYS.map((key) => FACET_DEFINITIONS[key].label.toLowerCase());
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
