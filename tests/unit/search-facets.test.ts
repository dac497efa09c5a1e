import { describe, expect, it } from 'vitest';
import { facetIndexValues, searchFacetViews } from '../../src/lib/search/search-facets';
import { SEARCH_FACETS } from '../../src/lib/search/search-state';
import { PAGE_KINDS, PAGE_KIND_TERMS, RESOURCE_TYPE_TERMS, SECTOR_TERMS, STAGE_TERMS, TOPIC_TERMS } from '../../src/lib/model/vocabularies';

describe('page kinds vocabulary', () => {
  it('describes exactly its ids, with a label and a plural', () => {
    expect(Object.keys(PAGE_KIND_TERMS).sort()).toEqual([...PAGE_KINDS].sort());
    for (const id of PAGE_KINDS) {
      expect(PAGE_KIND_TERMS[id].label).not.toBe('');
      expect(PAGE_KIND_TERMS[id].plural).not.toBe('');
    }
  });
});

describe('searchFacetViews', () => {
  const views = searchFacetViews();

  it('lists every facet with every vocabulary id, in order', () => {
    expect(views.map((view) => view.key)).toEqual(SEARCH_FACETS.map((facet) => facet.key));
    for (const [index, view] of views.entries()) expect(view.options.map((option) => option.id)).toEqual([...SEARCH_FACETS[index]!.ids]);
  });

  it('reads labels from the vocabularies (plural type names, numbered stages)', () => {
    const option = (key: string, id: string) => views.find((view) => view.key === key)?.options.find((o) => o.id === id);
    expect(option('type', 'case-study')?.label).toBe(RESOURCE_TYPE_TERMS['case-study'].plural);
    expect(option('stage', 'build-the-alliance')?.label).toBe(`3. ${STAGE_TERMS['build-the-alliance'].label}`);
    expect(option('kind', 'stage')?.label).toBe(PAGE_KIND_TERMS.stage.plural);
  });

  it('gives distinct legends and, within a facet, distinct indexed values', () => {
    expect(new Set(views.map((view) => view.legend)).size).toBe(views.length);
    for (const view of views) expect(new Set(view.options.map((o) => o.indexValue)).size).toBe(view.options.length);
  });
});

describe('facetIndexValues', () => {
  it('are the labels pages put in the index', () => {
    const values = facetIndexValues();
    expect(values.type.webinar).toBe(RESOURCE_TYPE_TERMS.webinar.label);
    expect(values.stage['align-value']).toBe(STAGE_TERMS['align-value'].label);
    expect(values.sector.housing).toBe(SECTOR_TERMS.housing.label);
    expect(values.topic.financing).toBe(TOPIC_TERMS.financing.label);
    expect(values.kind.pathway).toBe(PAGE_KIND_TERMS.pathway.label);
  });
});
