/**
 * The search facets as the search page shows them: a legend and, for each vocabulary id, its label
 * and the value Pagefind indexed for it. Pages tag themselves with the vocabulary labels
 * (resource and stage pages: <span data-pagefind-filter="stage">Build the alliance</span>), and
 * with the page kind's label (data-pagefind-filter="kind:Resource"), so the indexed value is the label.
 * Server-side only: the browser receives these values as data attributes on the checkboxes.
 */
import { SEARCH_FACETS, type FacetIndexValues, type FacetKey } from './search-state';
import { FACET_DEFINITIONS } from '../catalogue/facets';
import { optionLabel, PAGE_KIND_TERMS, VOCABULARY_TERMS, type PageKind, type Term } from '../model/vocabularies';

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

/** The search-only "kind" facet: which kind of page (resource, stage, pathway). */
const KIND_VIEW = {
  legend: 'Show',
  label: (id: string) => PAGE_KIND_TERMS[id as PageKind].plural,
  indexValue: (id: string) => PAGE_KIND_TERMS[id as PageKind].label,
};

/** The legend, checkbox label and indexed value (the term's label, as the page templates tag it) of a facet. */
function facetText(key: FacetKey) {
  if (key === 'kind') return KIND_VIEW;
  const definition = FACET_DEFINITIONS[key];
  if (definition.source.kind !== 'vocabulary' || !definition.search) throw new Error(`facet "${key}" is not a search facet`);
  const vocabulary = definition.source.vocabulary;
  const terms = VOCABULARY_TERMS[vocabulary] as Record<string, Term>;
  return {
    legend: definition.search.legend,
    label: (id: string) => optionLabel(vocabulary, id),
    indexValue: (id: string) => terms[id]!.label,
  };
}

export function searchFacetViews(): FacetView[] {
  return SEARCH_FACETS.map((facet) => {
    const text = facetText(facet.key);
    return {
      key: facet.key,
      legend: text.legend,
      options: facet.ids.map((id) => ({ id, label: text.label(id), indexValue: text.indexValue(id) })),
    };
  });
}

/** id → indexed value for every facet (what the browser rebuilds from the checkboxes). */
export function facetIndexValues(): FacetIndexValues {
  const values = {} as FacetIndexValues;
  for (const view of searchFacetViews())
    values[view.key] = Object.fromEntries(view.options.map((option) => [option.id, option.indexValue]));
  return values;
}
