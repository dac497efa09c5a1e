/**
 * The search facets as the search page shows them: a legend and, for each vocabulary id, its label
 * and the value Pagefind indexed for it. Pages tag themselves with the vocabulary labels
 * (resource and stage pages: <span data-pagefind-filter="stage">Build the alliance</span>), and
 * with the page kind's label (data-pagefind-filter="kind:Resource"), so the indexed value is the label.
 * Server-side only: the browser receives these values as data attributes on the checkboxes.
 */
import { SEARCH_FACETS, type FacetIndexValues, type FacetKey } from './search-state';
import {
  PAGE_KIND_TERMS,
  RESOURCE_TYPE_TERMS,
  SECTOR_TERMS,
  STAGE_TERMS,
  TOPIC_TERMS,
  type PageKind,
  type ResourceType,
  type Sector,
  type StageId,
  type Term,
  type Topic,
} from '../model/vocabularies';

export interface FacetOption {
  id: string;
  label: string;
  indexValue: string;
}

export interface FacetView {
  key: FacetKey;
  legend: string;
  options: FacetOption[];
}

const LEGENDS: Record<FacetKey, string> = {
  kind: 'Show',
  type: 'Type of resource',
  stage: 'Stage',
  sector: 'Sector',
  topic: 'Topic',
};

/** Label shown beside each checkbox. */
const OPTION_LABELS: Record<FacetKey, (id: string) => string> = {
  kind: (id) => PAGE_KIND_TERMS[id as PageKind].plural,
  type: (id) => RESOURCE_TYPE_TERMS[id as ResourceType].plural,
  stage: (id) => `${STAGE_TERMS[id as StageId].number}. ${STAGE_TERMS[id as StageId].label}`,
  sector: (id) => SECTOR_TERMS[id as Sector].label,
  topic: (id) => TOPIC_TERMS[id as Topic].label,
};

/** Where the value a page puts in the index comes from: the term's label (see the page templates). */
const INDEXED_TERMS: Record<FacetKey, Record<string, Term>> = {
  kind: PAGE_KIND_TERMS,
  type: RESOURCE_TYPE_TERMS,
  stage: STAGE_TERMS,
  sector: SECTOR_TERMS,
  topic: TOPIC_TERMS,
};

export function searchFacetViews(): FacetView[] {
  return SEARCH_FACETS.map((facet) => ({
    key: facet.key,
    legend: LEGENDS[facet.key],
    options: facet.ids.map((id) => ({ id, label: OPTION_LABELS[facet.key](id), indexValue: INDEXED_TERMS[facet.key][id]!.label })),
  }));
}

/** id → indexed value for every facet (what the browser rebuilds from the checkboxes). */
export function facetIndexValues(): FacetIndexValues {
  const values = {} as FacetIndexValues;
  for (const view of searchFacetViews()) values[view.key] = Object.fromEntries(view.options.map((option) => [option.id, option.indexValue]));
  return values;
}
