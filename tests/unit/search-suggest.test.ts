import { describe, expect, it } from 'vitest';
import { catalogueWords, closestWord, editDistance, matchesTypedWords, suggestQuery, wordsOf } from '../../src/lib/search/search-suggest';

const vocabulary = catalogueWords([
  'The Brabant Outcomes Fund',
  'Collaboration for Health',
  'Cross-Sector Collaboration Guide',
  'Prevention Institute',
  'California Department of Public Health',
]);

describe('catalogueWords', () => {
  it('keeps words of four letters or more, most frequent first, each once', () => {
    expect(vocabulary[0]).toBe('collaboration');
    expect(vocabulary).toContain('brabant');
    expect(vocabulary).not.toContain('the');
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('brabnt', 'brabant', 2)).toBe(1);
    expect(editDistance('colaboration', 'collaboration', 2)).toBe(1);
    expect(editDistance('helath', 'health', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('suggestQuery', () => {
  it('corrects misspelt catalogue words and keeps the rest', () => {
    expect(suggestQuery('Brabnt', vocabulary)).toBe('brabant');
    expect(suggestQuery('colaboration guide', vocabulary)).toBe('collaboration guide');
    expect(closestWord('prevntion', vocabulary)).toBe('prevention');
  });

  it('offers nothing for known words, short words, numbers or words with nothing near', () => {
    expect(suggestQuery('collaboration', vocabulary)).toBeUndefined();
    expect(suggestQuery('sib', vocabulary)).toBeUndefined();
    expect(suggestQuery('2023', vocabulary)).toBeUndefined();
    expect(suggestQuery('zzzzzzzz', vocabulary)).toBeUndefined();
    expect(suggestQuery('', vocabulary)).toBeUndefined();
  });

  it('treats hostile input as words only', () => {
    expect(wordsOf('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
    expect(suggestQuery('x'.repeat(100_000), vocabulary)).toBeUndefined();
  });
});

describe('wordsOf', () => {
  it('keeps a word with an apostrophe whole, as the index does', () => {
    expect(wordsOf("America's Essential Hospitals")).toEqual(['americas', 'essential', 'hospitals']);
    expect(wordsOf('children’s health')).toEqual(['childrens', 'health']);
  });
});

describe('matchesTypedWords', () => {
  it('is true when a highlighted word begins with a typed word, false for loose matches', () => {
    expect(matchesTypedWords(['Housing'], 'housing')).toBe(true);
    expect(matchesTypedWords(['partnerships'], 'partner')).toBe(true);
    expect(matchesTypedWords(['A', 'a'], 'ameicas')).toBe(false);
    expect(matchesTypedWords([], 'brabnt')).toBe(false);
    // Short words alone are never judged.
    expect(matchesTypedWords([], 'sib')).toBe(true);
  });
});
