/**
 * The catalogue's facets: what each one is called, where its static pages live, its values with
 * labels, and which values each entry has. Defined once here and read by the /resources/ page,
 * the static single-facet pages (/sectors/housing/, /time/under-30-minutes/ …) and the tests.
 *
 * Most facets are content fields with a vocabulary in vocabularies.ts. Three are derived:
 *  - time needed: buckets of durationMinutes (TIME_BUCKETS), "not stated" where no source gives it;
 *  - place: each place's country, and its state or region where one is given;
 *  - year: the year, "not stated" where unknown.
 */
import type { ResourceData } from '../../schemas/resource';
import type { CatalogueEntry } from './catalogue';
import { FACET_KEYS, perFacet, type BrowseItem, type FacetKey, type FacetValues } from './browse';
import type { FacetVocabulary } from './browse-url';
import { isoDate } from './format';
import {
  facetIndexPath,
  facetValuePath,
  stageResourcesPath,
  stagesIndexPath,
  typePath,
  typesIndexPath,
  type FacetSegment,
} from './paths';
import {
  FORMATS,
  FORMAT_TERMS,
  PROVENANCES,
  PROVENANCE_TERMS,
  RESOURCE_TYPES,
  RESOURCE_TYPE_TERMS,
  SECTORS,
  SECTOR_TERMS,
  STAGE_IDS,
  STAGE_TERMS,
  TOPICS,
  TOPIC_TERMS,
  type Term,
} from '../model/vocabularies';

/** The value for entries that do not state a time or a year. */
export const NOT_STATED = 'not-stated';

/** Buckets of "time needed". Ids are permanent: they appear in URLs (/time/<id>/, ?time=<id>). */
export const TIME_BUCKETS = ['under-30-minutes', '30-to-60-minutes', 'over-an-hour', NOT_STATED] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

export const TIME_BUCKET_TERMS: Record<TimeBucket, Term> = {
  'under-30-minutes': { label: 'Under 30 minutes', description: 'Trainings, webinars and podcasts that take less than half an hour.' },
  '30-to-60-minutes': { label: '30 minutes to an hour', description: 'Trainings, webinars and podcasts that take from half an hour to an hour.' },
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

/** What a facet is called and where its pages are. */
export interface FacetDefinition {
  key: FacetKey;
  /** Its name as a filter ("Time needed"). */
  label: string;
  /** The heading of its index page ("Sectors"). */
  heading: string;
  /** One sentence for its index page. */
  description: string;
  /** Folder of its static pages; absent for type and stage, which have /types/ and /stages/. */
  segment?: FacetSegment;
}

export const FACET_DEFINITIONS: Record<FacetKey, FacetDefinition> = {
  type: { key: 'type', label: 'Type', heading: 'Types', description: 'The kind of resource: a guide, a webinar, a case study and so on.' },
  stage: { key: 'stage', label: 'Stage', heading: 'Stages', description: 'The stages of building an alliance where a resource helps.' },
  sector: {
    key: 'sector',
    label: 'Sector',
    heading: 'Sectors',
    description: 'The partner sectors a resource speaks to. Many resources speak to several.',
    segment: 'sectors',
  },
  topic: {
    key: 'topic',
    label: 'Topic',
    heading: 'Topics',
    description: 'What a resource is about. Most resources cover more than one topic.',
    segment: 'topics',
  },
  format: {
    key: 'format',
    label: 'Format',
    heading: 'Formats',
    description: 'The form a resource takes, where we know it: a report, a web page, a recorded webinar and so on.',
    segment: 'formats',
  },
  time: {
    key: 'time',
    label: 'Time needed',
    heading: 'Time needed',
    description: 'How long a training, webinar or podcast takes, where a source states it.',
    segment: 'time',
  },
  place: {
    key: 'place',
    label: 'Place',
    heading: 'Places',
    description: 'Where a case study, county example or initiative happens. A state or region also counts under its country.',
    segment: 'places',
  },
  provenance: {
    key: 'provenance',
    label: 'Kind of publisher',
    heading: 'Kinds of publisher',
    description: 'Who is behind a resource, so you can judge how much weight to give it.',
    segment: 'provenance',
  },
  year: {
    key: 'year',
    label: 'Year',
    heading: 'Years',
    description: 'The year a resource was published, or the year an initiative started.',
    segment: 'years',
  },
};

/** One value of a facet, as lists and pages show it. */
export interface FacetValueTerm {
  value: string;
  label: string;
  description: string;
}

function termsOf<K extends string>(ids: readonly K[], terms: Record<K, Term>, label = (term: Term) => term.label): FacetValueTerm[] {
  return ids.map((value) => ({ value, label: label(terms[value]), description: terms[value].description }));
}

/** Every facet's values in display order: whole vocabularies, and for derived facets the values present. */
export function facetValueTerms(entries: readonly CatalogueEntry[]): Record<FacetKey, FacetValueTerm[]> {
  return {
    type: RESOURCE_TYPES.map((value) => ({
      value,
      label: RESOURCE_TYPE_TERMS[value].plural,
      description: RESOURCE_TYPE_TERMS[value].description,
    })),
    stage: STAGE_IDS.map((value) => ({
      value,
      label: `${STAGE_TERMS[value].number}. ${STAGE_TERMS[value].label}`,
      description: STAGE_TERMS[value].description,
    })),
    sector: termsOf(SECTORS, SECTOR_TERMS),
    topic: termsOf(TOPICS, TOPIC_TERMS),
    format: termsOf(FORMATS, FORMAT_TERMS),
    time: termsOf(TIME_BUCKETS, TIME_BUCKET_TERMS),
    place: placeVocabulary(entries).map(({ id, label, region }) => ({
      value: id,
      label,
      description: `Case studies, county examples and initiatives in ${label}${region ? '' : ', including its states and regions'}.`,
    })),
    provenance: termsOf(PROVENANCES, PROVENANCE_TERMS),
    year: yearVocabulary(entries).map((value) => ({
      value,
      label: value === NOT_STATED ? 'Not stated' : value,
      description:
        value === NOT_STATED
          ? 'Resources whose year no source states.'
          : `Resources published in ${value}, and initiatives that started that year.`,
    })),
  };
}

/** The vocabulary (allowed values, in order) of every facet, for validating a query string. */
export function facetVocabulary(terms: Record<FacetKey, readonly FacetValueTerm[]>): FacetVocabulary {
  return perFacet((key) => terms[key].map((term) => term.value));
}

/** The facet values of one entry; each value once. */
export function entryFacetValues(data: ResourceData, regions: ReadonlySet<string>): FacetValues {
  return {
    type: [data.type],
    stage: [...data.stages],
    sector: [...data.sectors],
    topic: [...data.topics],
    format: data.format ? [data.format] : [],
    time: [timeBucket('durationMinutes' in data ? data.durationMinutes : undefined)],
    place: placeTerms(placesOf(data), regions).map((term) => term.id),
    provenance: [data.provenance],
    year: [yearValue(data.year)],
  };
}

/** The link to a facet's index page. */
export function facetIndexHref(key: FacetKey): string {
  if (key === 'type') return typesIndexPath();
  if (key === 'stage') return stagesIndexPath();
  return facetIndexPath(FACET_DEFINITIONS[key].segment as FacetSegment);
}

/** The link to the static page listing every entry with one facet value. */
export function facetValueHref(key: FacetKey, value: string): string {
  if (key === 'type') return typePath(value as (typeof RESOURCE_TYPES)[number]);
  if (key === 'stage') return stageResourcesPath(value as (typeof STAGE_IDS)[number]);
  return facetValuePath(FACET_DEFINITIONS[key].segment as FacetSegment, value);
}

/** A catalogue entry with its facet values, ready for browsing. */
export interface FacetedEntry<T extends CatalogueEntry> extends BrowseItem {
  entry: T;
}

/** The catalogue's entries with their facet values; `entries` must already be in title order. */
export function facetedEntries<T extends CatalogueEntry>(entries: readonly T[]): FacetedEntry<T>[] {
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
