import { describe, expect, it } from 'vitest';
import { isSearchablePage } from '../../src/lib/search/indexed-pages';

describe('isSearchablePage', () => {
  it('takes resource, stage and pathway pages', () => {
    for (const page of ['/resources/x/', '/stages/get-ready/', '/pathways/county-officer/']) expect(isSearchablePage(page)).toBe(true);
  });

  it('leaves out lists, list pages, facet pages, embed cards and the home page', () => {
    for (const page of [
      '/',
      '/resources/',
      '/resources/page/2/',
      '/stages/get-ready/resources/',
      '/stages/',
      '/topics/x/',
      '/embed/resources/x/',
    ])
      expect(isSearchablePage(page), page).toBe(false);
  });
});
