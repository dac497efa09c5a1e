import { describe, expect, it } from 'vitest';
import {
  MAX_LIST_LENGTH,
  MAX_TITLE_LENGTH,
  listHref,
  parseCodes,
  parseIds,
  parseTitle,
  readListQuery,
  readStoredIds,
  shortListHref,
  toggleId,
} from '../../src/lib/classroom/trainer-list';

describe('ids from a URL', () => {
  it('keeps well-formed, distinct ids in order', () => {
    expect(parseIds('art-and-public-health, invest-health,art-and-public-health')).toEqual(['art-and-public-health', 'invest-health']);
  });

  it('drops hostile and malformed values', () => {
    expect(parseIds('<script>alert(1)</script>,../etc/passwd,a--b,-a,ok,javascript:alert(1),"x",%3Cb%3E, ,a b')).toEqual(['ok']);
    expect(parseIds(null)).toEqual([]);
    expect(parseIds('')).toEqual([]);
  });

  it('caps the list and survives a huge paste', () => {
    const many = Array.from({ length: 500 }, (_, index) => `id-${index}`).join(',');
    expect(parseIds(many)).toHaveLength(MAX_LIST_LENGTH);
    expect(parseIds('a'.repeat(200_000))).toEqual([]);
  });

  it('reads ids and title from a query string', () => {
    expect(readListQuery('?ids=a,b&title=Week%201%20%3Cb%3E')).toEqual({ ids: ['a', 'b'], codes: [], title: 'Week 1 <b>' });
  });
});

describe('titles', () => {
  it('are one trimmed line of limited length, kept as text', () => {
    expect(parseTitle('  Session\n2\u0000 ')).toBe('Session 2');
    expect(parseTitle('x'.repeat(500))).toHaveLength(MAX_TITLE_LENGTH);
    expect(parseTitle(null)).toBe('');
  });
});

describe('list URLs', () => {
  it('round-trip ids and title', () => {
    const href = listHref('/lists/', ['a', 'b-c'], 'Week 1 & 2');
    expect(href).toBe('/lists/?ids=a,b-c&title=Week%201%20%26%202');
    expect(readListQuery(href.slice(href.indexOf('?')))).toEqual({ ids: ['a', 'b-c'], codes: [], title: 'Week 1 & 2' });
    expect(listHref('/base/lists/', [])).toBe('/base/lists/');
  });

  it('the short form holds short codes, and reads back', () => {
    const href = shortListHref('/lists/', ['fmhz', 'tcwb'], 'Week 1');
    expect(href).toBe('/lists/?r=fmhz,tcwb&title=Week%201');
    expect(readListQuery(href.slice(href.indexOf('?')))).toEqual({ ids: [], codes: ['fmhz', 'tcwb'], title: 'Week 1' });
    expect(shortListHref('/lists/', [])).toBe('/lists/');
  });

  it('drops malformed or hostile codes and caps the count', () => {
    expect(parseCodes('FMHZ, fmhz,<script>,../x,ab,tcwb')).toEqual(['fmhz', 'tcwb']);
    const many = Array.from({ length: MAX_LIST_LENGTH + 5 }, (_, index) => `c${String(index).padStart(3, '0')}`).join(',');
    expect(parseCodes(many)).toHaveLength(MAX_LIST_LENGTH);
  });
});

describe('toggling and storage', () => {
  it('adds at the end and removes', () => {
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('does not grow past the cap', () => {
    const full = Array.from({ length: MAX_LIST_LENGTH }, (_, index) => `id-${index}`);
    expect(toggleId(full, 'one-more')).toEqual(full);
  });

  it('reads whatever storage holds without throwing', () => {
    expect(readStoredIds('["a","b"]')).toEqual(['a', 'b']);
    expect(readStoredIds('{"a":1}')).toEqual([]);
    expect(readStoredIds('not json')).toEqual([]);
    expect(readStoredIds('[1,"<x>","ok"]')).toEqual(['ok']);
    expect(readStoredIds(null)).toEqual([]);
  });
});
