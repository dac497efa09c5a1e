import { describe, expect, it } from 'vitest';
import {
  LIST_PAGE_SIZE,
  groupFirstPages,
  groupsOnPage,
  laterPageNumbers,
  pageCount,
  pageLabel,
  pagedTitle,
  pageLinks,
  pageRangeLabel,
  pageSlice,
  parsePageNumber,
  retiredPageNumbers,
} from '../../src/lib/catalogue/list-pages';
import { listPagePath, withoutBase } from '../../src/lib/catalogue/paths';

const numbers = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

describe('paged static lists', () => {
  it('hold at most 50 entries a page, and an empty list still has its first page', () => {
    expect(LIST_PAGE_SIZE).toBeLessThanOrEqual(50);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(LIST_PAGE_SIZE)).toBe(1);
    expect(pageCount(LIST_PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(10, 3)).toBe(4);
    expect(laterPageNumbers(10, 3)).toEqual([2, 3, 4]);
    expect(laterPageNumbers(3, 3)).toEqual([]);
  });

  it('slice every entry exactly once, in order', () => {
    const entries = numbers(123);
    const pages = numbers(pageCount(entries.length)).map((page) => pageSlice(entries, page));
    expect(pages.flat()).toEqual(entries);
    expect(pages.every((page) => page.length <= LIST_PAGE_SIZE && page.length > 0)).toBe(true);
  });

  it('read a page number from an address segment, refusing anything but 2, 3 …', () => {
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('17')).toBe(17);
    for (const bad of ['1', '0', '02', '-3', '2.5', 'x', '', '<script>', '9'.repeat(30)]) expect(parsePageNumber(bad)).toBeUndefined();
  });

  it('say which page and which entries a reader is on', () => {
    expect(pageLabel(2, 7)).toBe('Page 2 of 7');
    expect(pageRangeLabel(2, 123)).toBe(`Entries ${LIST_PAGE_SIZE + 1} to ${2 * LIST_PAGE_SIZE} of 123`);
    expect(pageRangeLabel(3, 7, 3)).toBe('Entry 7 of 7');
    expect(pageRangeLabel(1, 0)).toBe('No entries');
  });

  it('show a bounded set of page links: first, last, the current page and its neighbours', () => {
    const pages = (page: number, count: number) =>
      pageLinks(page, count).map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page)));
    expect(pages(1, 1)).toEqual(['[1]']);
    expect(pages(1, 3)).toEqual(['[1]', '2', '3']);
    expect(pages(5, 10)).toEqual(['1', '…', '4', '[5]', '6', '…', '10']);
    // A gap of one number shows the number instead.
    expect(pages(3, 10)).toEqual(['1', '2', '[3]', '4', '…', '10']);
    expect(pageLinks(100, 200).length).toBeLessThanOrEqual(7);
  });

  it('build page addresses under the list, page 1 being the list itself', () => {
    expect(listPagePath('/types/guide/', 1)).toBe('/types/guide/');
    expect(listPagePath('/types/guide/', 3)).toBe('/types/guide/page/3/');
    expect(withoutBase('/sub/types/guide/', '/sub/')).toBe('/types/guide/');
    expect(withoutBase('/types/guide/', '/')).toBe('/types/guide/');
  });

  it('keep recorded page numbers past the end of a shrunken list, and only those', () => {
    const recorded = [
      '/types/guide/',
      '/types/guide/page/2/',
      '/types/guide/page/5/',
      '/types/guide/page/4/',
      '/types/webinar/page/9/',
      '/types/guide/page/x/',
      '/types/guide/page/03/',
    ];
    expect(retiredPageNumbers('/types/guide/', 2 * LIST_PAGE_SIZE, recorded)).toEqual([4, 5]);
    expect(retiredPageNumbers('/types/guide/', 5 * LIST_PAGE_SIZE, recorded)).toEqual([]);
  });

  it('lay groups end to end across pages, marking a group that continues from an earlier page', () => {
    const groups = [
      { key: 'a', entries: numbers(4) },
      { key: 'b', entries: numbers(5).map((n) => n + 100) },
      { key: 'c', entries: [200] },
    ];
    expect(groupsOnPage(groups, 1, 3)).toEqual([{ key: 'a', entries: [1, 2, 3], total: 4, continued: false }]);
    expect(groupsOnPage(groups, 2, 3)).toEqual([
      { key: 'a', entries: [4], total: 4, continued: true },
      { key: 'b', entries: [101, 102], total: 5, continued: false },
    ]);
    expect(groupsOnPage(groups, 4, 3)).toEqual([{ key: 'c', entries: [200], total: 1, continued: false }]);
    expect(groupsOnPage(groups, 5, 3)).toEqual([]);
    expect([...groupFirstPages(groups, 3)]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 4],
    ]);
  });
});

describe('pagedTitle', () => {
  it('is the list name on page 1, and names the page after it', () => {
    expect(pagedTitle('Webinars', 1, 3)).toBe('Webinars');
    expect(pagedTitle('Webinars', 2, 3)).toBe('Webinars, page 2 of 3');
  });
});
