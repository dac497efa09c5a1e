import { describe, expect, it } from 'vitest';
import { resultView, safeResultHref } from '../../src/lib/search/search-results';

describe('safeResultHref', () => {
  it('accepts paths on this site, with or without a base', () => {
    expect(safeResultHref('/resources/cardio4cities/')).toBe('/resources/cardio4cities/');
    expect(safeResultHref('/alliance/stages/get-ready/#step-1')).toBe('/alliance/stages/get-ready/#step-1');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'https://elsewhere.example/',
    '//elsewhere.example/',
    '/\\elsewhere.example/',
    'resources/x/',
    '/resources/x/\u0000',
    '/resources/ x/',
    '',
  ])('refuses %j', (url) => {
    expect(safeResultHref(url)).toBeUndefined();
  });

  it('refuses non-strings', () => {
    expect(safeResultHref(undefined)).toBeUndefined();
    expect(safeResultHref({ toString: () => '/x/' })).toBeUndefined();
  });
});

describe('resultView', () => {
  const fragment = {
    url: '/resources/art-and-public-health/',
    excerpt: 'podcast about <mark>art</mark> and health',
    meta: { title: 'Art and Public Health', summary: 'A 40-minute podcast conversation.' },
    filters: { kind: ['Resource'], type: ['Podcast'], stage: ['Build the alliance'] },
  };

  it('shows title, link, type and the highlighted excerpt when there is a query', () => {
    expect(resultView(fragment, true)).toEqual({
      href: '/resources/art-and-public-health/',
      title: 'Art and Public Health',
      kindLabel: 'Podcast',
      excerpt: [
        { text: 'podcast about ', marked: false },
        { text: 'art', marked: true },
        { text: ' and health', marked: false },
      ],
      facts: '',
      entryId: undefined,
    });
  });

  it('carries a resource’s metadata line and a well-formed id for "Add to my list", nothing else', () => {
    const view = resultView(
      { ...fragment, meta: { ...fragment.meta, facts: 'Podcast · 2023 · link', entry: 'art-and-public-health' } },
      true,
    );
    expect(view?.facts).toBe('Podcast · 2023 · link');
    expect(view?.entryId).toBe('art-and-public-health');
    expect(resultView({ ...fragment, meta: { ...fragment.meta, entry: '"><img src=x>' } }, true)?.entryId).toBeUndefined();
  });

  it('shows the summary instead of an excerpt when browsing by filters alone', () => {
    expect(resultView(fragment, false)?.excerpt).toEqual([{ text: 'A 40-minute podcast conversation.', marked: false }]);
  });

  it('falls back to the excerpt when a page has no summary', () => {
    const view = resultView({ ...fragment, meta: { title: 'T' } }, false);
    expect(view?.excerpt[1]).toEqual({ text: 'art', marked: true });
  });

  it('labels pages without a type by their kind (stage guidance, pathways)', () => {
    const stage = { url: '/stages/get-ready/', meta: { title: 'Stage 1: Get ready' }, filters: { kind: ['Stage guidance'] } };
    expect(resultView(stage, true)?.kindLabel).toBe('Stage guidance');
    expect(resultView({ url: '/x/', meta: { title: 'x' } }, true)?.kindLabel).toBe('');
  });

  it('uses the address as title when a page has none, and drops results with an unsafe link', () => {
    expect(resultView({ url: '/about/' }, true)?.title).toBe('/about/');
    expect(resultView({ ...fragment, url: 'javascript:alert(1)' }, true)).toBeUndefined();
  });
});
