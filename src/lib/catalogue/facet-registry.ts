/**
 * The one facet registry: every facet of the catalogue, once, in the order pages show them.
 * Derived from it: browsing on /resources/ and its query string (browse.ts, facets.ts), the static
 * facet pages and their addresses (paths.ts, src/pages/[facet]/), the search page's filters and the
 * Pagefind filter each resource page carries (search-state.ts, search-facets.ts), and how the spreadsheet
 * import reads each facet's column (csv-import.ts; tests/unit/facet-registry.test.ts checks the columns).
 *
 * Adding a facet: one entry here, plus its vocabulary in src/lib/model/vocabularies.ts (VOCABULARY_IDS
 * and VOCABULARY_TERMS) when the field is new. Keys are permanent: they are query-string keys and
 * Pagefind filter names. Browser-safe: it imports only the vocabularies' id lists.
 */
import type { VocabularyName } from '../model/vocabularies';

/** Where an entry's values for a facet come from. */
export type FacetSource =
  /**
   * A field of the resource holding ids of a vocabulary: one id, or a list when `multiple`. The field
   * is also the spreadsheet column the importer reads it from.
   */
  | { kind: 'vocabulary'; field: string; vocabulary: VocabularyName; multiple?: boolean }
  /** Worked out from other fields by facets.ts: time needed, place, year. */
  | { kind: 'derived' };

export interface FacetSpec {
  /** The query-string key, the Pagefind filter name and the id of the facet. */
  key: string;
  /** Its name as a filter ("Time needed"). */
  label: string;
  /** The heading of its index page ("Sectors"). */
  heading: string;
  /** One sentence for its index page. */
  description: string;
  /** Folder of its static pages (/sectors/housing/); absent for type and stage, which have /types/ and /stages/. */
  segment?: string;
  source: FacetSource;
  /** Also a filter on the search page, with this legend. */
  search?: { legend: string };
}

export const FACET_REGISTRY = [
  {
    key: 'type',
    label: 'Type',
    heading: 'Types',
    description: 'The kind of resource: a guide, a webinar, a case study and so on.',
    source: { kind: 'vocabulary', field: 'type', vocabulary: 'type' },
    search: { legend: 'Type of resource' },
  },
  {
    key: 'stage',
    label: 'Stage',
    heading: 'Stages',
    description: 'The stages of building an alliance where a resource helps.',
    source: { kind: 'vocabulary', field: 'stages', vocabulary: 'stage', multiple: true },
    search: { legend: 'Stage' },
  },
  {
    key: 'sector',
    label: 'Sector',
    heading: 'Sectors',
    description: 'The partner sectors a resource speaks to. Many resources speak to several.',
    segment: 'sectors',
    source: { kind: 'vocabulary', field: 'sectors', vocabulary: 'sector', multiple: true },
    search: { legend: 'Sector' },
  },
  {
    key: 'topic',
    label: 'Topic',
    heading: 'Topics',
    description: 'What a resource is about. Most resources cover more than one topic.',
    segment: 'topics',
    source: { kind: 'vocabulary', field: 'topics', vocabulary: 'topic', multiple: true },
    search: { legend: 'Topic' },
  },
  {
    key: 'format',
    label: 'Format',
    heading: 'Formats',
    description: 'The form a resource takes, where we know it: a report, a web page, a recorded webinar and so on.',
    segment: 'formats',
    source: { kind: 'vocabulary', field: 'format', vocabulary: 'format' },
  },
  {
    key: 'time',
    label: 'Time needed',
    heading: 'Time needed',
    description: 'How long a training, webinar or podcast takes, where a source states it.',
    segment: 'time',
    source: { kind: 'derived' },
  },
  {
    key: 'place',
    label: 'Place',
    heading: 'Places',
    description: 'Where a case study, county example or initiative happens. A state or region also counts under its country.',
    segment: 'places',
    source: { kind: 'derived' },
  },
  {
    key: 'provenance',
    label: 'Kind of publisher',
    heading: 'Kinds of publisher',
    description: 'Who is behind a resource, so you can judge how much weight to give it.',
    segment: 'provenance',
    source: { kind: 'vocabulary', field: 'provenance', vocabulary: 'provenance' },
  },
  {
    key: 'year',
    label: 'Year',
    heading: 'Years',
    description: 'The year a resource was published, or the year an initiative started.',
    segment: 'years',
    source: { kind: 'derived' },
  },
] as const satisfies readonly FacetSpec[];

export type FacetKey = (typeof FACET_REGISTRY)[number]['key'];
/** The facets' keys in page order. */
export const FACET_KEYS: readonly FacetKey[] = FACET_REGISTRY.map((facet) => facet.key);
/** The folders of the static facet pages. */
export type FacetSegment = Extract<(typeof FACET_REGISTRY)[number], { segment: string }>['segment'];

/** A facet's entry in the registry. */
export function facetSpec(key: FacetKey): FacetSpec {
  return FACET_REGISTRY.find((facet) => facet.key === key)!;
}
