import { describe, expect, it, vi } from 'vitest';
import { PAGEFIND_OPTIONS, loadPagefind, runSearch, totalCounts, type PagefindApi } from '../../src/lib/search/search-engine';
import { facetIndexValues } from '../../src/lib/search/search-facets';
import { parseSearchState, type PagefindCounts } from '../../src/lib/search/search-state';

interface FakePage {
  id: string;
  text: string;
  filters: Record<string, string[]>;
}

const pages: FakePage[] = [
  { id: 'a', text: 'housing webinar', filters: { kind: ['Resource'], type: ['Webinar'], stage: ['Build the alliance'] } },
  { id: 'b', text: 'housing guide', filters: { kind: ['Resource'], type: ['Guide'], stage: ['Get ready'] } },
  { id: 'c', text: 'housing training', filters: { kind: ['Resource'], type: ['Training'], stage: ['Build the alliance'] } },
  { id: 'd', text: 'data webinar', filters: { kind: ['Resource'], type: ['Webinar'], stage: ['Get ready'] } },
  { id: 'e', text: 'housing stage', filters: { kind: ['Stage guidance'], stage: ['Get ready'] } },
];

function count(matches: FakePage[]): PagefindCounts {
  const counts: PagefindCounts = {};
  for (const page of matches) {
    for (const [key, list] of Object.entries(page.filters)) {
      for (const value of list) {
        counts[key] ??= {};
        counts[key][value] = (counts[key][value] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** A stand-in for Pagefind with its filter semantics: any-of within a key, all keys together. */
function fakePagefind(): PagefindApi & { calls: Array<[string | null, unknown]> } {
  const calls: Array<[string | null, unknown]> = [];
  return {
    calls,
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => count(pages),
    search: async (term, options) => {
      calls.push([term, options?.filters]);
      const filters = (options?.filters ?? {}) as Record<string, { any: string[] }>;
      const matches = pages.filter(
        (page) =>
          (term === null || term.split(' ').every((word) => page.text.includes(word))) &&
          Object.entries(filters).every(([key, { any }]) => any.some((value) => page.filters[key]?.includes(value))),
      );
      return { results: matches.map((page) => ({ id: page.id, data: async () => page })), filters: count(matches) };
    },
  };
}

const values = facetIndexValues();

describe('runSearch', () => {
  it('does nothing when there is neither a query nor a filter', async () => {
    const api = fakePagefind();
    expect(await runSearch(api, parseSearchState(''), values, true)).toBeUndefined();
    expect(api.calls).toEqual([]);
  });

  it('without counts, runs one search and returns only the hits', async () => {
    const api = fakePagefind();
    const outcome = await runSearch(api, parseSearchState('?q=housing&type=webinar'), values, false);
    expect(outcome).toEqual({ hits: [expect.objectContaining({ id: 'a' })] });
    expect(api.calls).toHaveLength(1);
  });

  it('returns the hits and counts for a query alone, in one search', async () => {
    const api = fakePagefind();
    const outcome = await runSearch(api, parseSearchState('?q=housing'), values, true);
    expect(outcome?.hits.map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(outcome?.counts?.type).toMatchObject({ webinar: 1, guide: 1, training: 1, podcast: 0 });
    expect(outcome?.counts?.kind).toMatchObject({ resource: 3, stage: 1, pathway: 0 });
    expect(api.calls).toHaveLength(1);
  });

  it('widens within a facet (any of the ticked types) and narrows across facets', async () => {
    const api = fakePagefind();
    const outcome = await runSearch(api, parseSearchState('?q=housing&type=webinar&type=training&stage=build-the-alliance'), values, true);
    expect(outcome?.hits.map((hit) => hit.id)).toEqual(['a', 'c']);
  });

  it('counts a facet as if its own choices were not made, so other options keep their counts', async () => {
    const api = fakePagefind();
    const outcome = await runSearch(api, parseSearchState('?q=housing&type=webinar'), values, true);
    expect(outcome?.hits.map((hit) => hit.id)).toEqual(['a']);
    // Type counts ignore the type choice: ticking Webinars does not hide Guides and Trainings.
    expect(outcome?.counts?.type).toMatchObject({ webinar: 1, guide: 1, training: 1 });
    // Other facets are counted within the current results.
    expect(outcome?.counts?.stage).toMatchObject({ 'build-the-alliance': 1, 'get-ready': 0 });
  });

  it('browses by filters alone (no query) and counts the lone facet over the whole index', async () => {
    const api = fakePagefind();
    const outcome = await runSearch(api, parseSearchState('?type=webinar'), values, true);
    expect(outcome?.hits.map((hit) => hit.id)).toEqual(['a', 'd']);
    expect(api.calls[0]).toEqual([null, { type: { any: ['Webinar'] } }]);
    expect(outcome?.counts?.type).toMatchObject({ webinar: 2, guide: 1, training: 1 });
  });

  it('fails loudly when Pagefind gives no result set', async () => {
    const api = { ...fakePagefind(), search: async () => null };
    await expect(runSearch(api, parseSearchState('?q=x'), values, true)).rejects.toThrow();
  });
});

describe('totalCounts', () => {
  it('counts every option over the whole index, by id', async () => {
    const counts = await totalCounts(fakePagefind(), values);
    expect(counts.type).toMatchObject({ webinar: 2, guide: 1, training: 1, podcast: 0 });
    expect(counts.kind).toMatchObject({ resource: 4, stage: 1, pathway: 0 });
  });
});

describe('loadPagefind', () => {
  /** Imports a fresh stand-in module per address, as the browser keeps one module per URL. */
  function fakeImporter() {
    const modules = new Map<string, ReturnType<typeof fakePagefind>>();
    const importModule = async (url: string) => {
      if (!modules.has(url)) {
        const module = fakePagefind();
        vi.spyOn(module, 'options');
        vi.spyOn(module, 'init');
        vi.spyOn(module, 'filters');
        modules.set(url, module);
      }
      return modules.get(url);
    };
    return { modules, importModule };
  }

  it('imports pagefind.js from the bundle path for results, with excerpt options, and starts loading the index', async () => {
    const { modules, importModule } = fakeImporter();
    const engine = await loadPagefind('/base/pagefind/', importModule);
    expect([...modules.keys()]).toEqual(['/base/pagefind/pagefind.js']);
    const results = modules.get('/base/pagefind/pagefind.js')!;
    expect(engine.results).toBe(results);
    expect(results.options).toHaveBeenCalledWith(PAGEFIND_OPTIONS);
    expect(results.init).toHaveBeenCalledOnce();
    // The results instance never loads the whole filter index (it would slow every search).
    expect(results.filters).not.toHaveBeenCalled();
  });

  it('makes the counting instance only when asked, once, as a separate module with the filter index loaded', async () => {
    const { modules, importModule } = fakeImporter();
    const engine = await loadPagefind('/pagefind/', importModule);
    const counter = await engine.counter();
    expect(await engine.counter()).toBe(counter);
    expect([...modules.keys()]).toEqual(['/pagefind/pagefind.js', '/pagefind/pagefind.js?counts']);
    expect(counter).toBe(modules.get('/pagefind/pagefind.js?counts'));
    expect(counter).not.toBe(engine.results);
    expect(counter.filters).toHaveBeenCalledOnce();
    expect(engine.results.filters).not.toHaveBeenCalled();
  });

  it('rejects when the bundle cannot be imported (missing or blocked index)', async () => {
    await expect(loadPagefind('/pagefind/', () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow('Failed to fetch');
  });

  it('rejects when the module is not Pagefind', async () => {
    await expect(loadPagefind('/pagefind/', async () => ({ search: 'nope' }))).rejects.toThrow('not Pagefind');
    await expect(loadPagefind('/pagefind/', async () => null)).rejects.toThrow('not Pagefind');
  });

  it('rejects when the index cannot be initialised', async () => {
    const api = { ...fakePagefind(), init: () => Promise.reject(new Error('404 pagefind-entry.json')) };
    await expect(loadPagefind('/pagefind/', async () => api)).rejects.toThrow('404');
  });
});
