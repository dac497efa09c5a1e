import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, displayQuery, normaliseQuery, worthPreloading } from '../../src/lib/search/search-query';

describe('normaliseQuery', () => {
  it('trims and collapses whitespace, tabs and newlines', () => {
    expect(normaliseQuery('  health \t\n  equity  ')).toBe('health equity');
  });

  it('turns control characters into spaces', () => {
    expect(normaliseQuery('a\u0000b\u0007c\u009fd')).toBe('a b c d');
  });

  it('returns an empty string for empty, blank or non-string input', () => {
    expect(normaliseQuery('')).toBe('');
    expect(normaliseQuery('   \n ')).toBe('');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery(null)).toBe('');
    expect(normaliseQuery(42)).toBe('');
    expect(normaliseQuery(['q'])).toBe('');
  });

  it('caps a 100,000-character paste at MAX_QUERY_LENGTH characters', () => {
    const pasted = 'partnership '.repeat(10_000).slice(0, 100_000);
    const query = normaliseQuery(pasted);
    expect(Array.from(query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.startsWith('partnership partnership')).toBe(true);
  });

  it('never splits an emoji when capping', () => {
    const query = normaliseQuery('🙂'.repeat(500));
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query).toBe('🙂'.repeat(MAX_QUERY_LENGTH));
    expect(/[\ud800-\udbff]$/.test(query)).toBe(false);
  });

  it('drops lone surrogates from malformed input', () => {
    expect(normaliseQuery('a\ud83db')).toBe('ab');
    expect(normaliseQuery('\ude42x')).toBe('x');
  });

  it('keeps right-to-left text, emoji and markup characters as they are (they are shown as text)', () => {
    expect(normaliseQuery('صحة المجتمع')).toBe('صحة المجتمع');
    expect(normaliseQuery('🏥 housing')).toBe('🏥 housing');
    expect(normaliseQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('composes accents so "São" typed two ways is the same query', () => {
    expect(normaliseQuery('Sa\u0303o Paulo')).toBe('S\u00e3o Paulo');
  });
});

describe('displayQuery', () => {
  it('leaves a short query alone', () => {
    expect(displayQuery('housing')).toBe('housing');
  });
  it('shortens a long query with an ellipsis, counting characters not code units', () => {
    const shown = displayQuery('🙂'.repeat(100), 10);
    expect(shown).toBe(`${'🙂'.repeat(9)}…`);
  });
});

describe('worthPreloading', () => {
  it('waits until the last word has three characters', () => {
    expect(worthPreloading('')).toBe(false);
    expect(worthPreloading('h')).toBe(false);
    expect(worthPreloading('ho')).toBe(false);
    expect(worthPreloading('hou')).toBe(true);
    expect(worthPreloading('housing eq')).toBe(false);
    expect(worthPreloading('housing equ')).toBe(true);
    expect(worthPreloading('São')).toBe(true);
  });
});
