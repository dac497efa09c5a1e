import { describe, expect, it } from 'vitest';
import { excerptSegments, excerptText } from '../../src/lib/search/search-excerpt';

/** Builds an excerpt the way Pagefind 1.6 does: escape < and > in the page text, wrap matching words in <mark>. */
function pagefindExcerpt(text: string, matches: readonly string[]): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split(' ')
    .map((word) => (matches.includes(word) ? `<mark>${word}</mark>` : word))
    .join(' ');
}

describe('excerptSegments', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(excerptSegments('working with <mark>housing</mark> partners')).toEqual([
      { text: 'working with ', marked: false },
      { text: 'housing', marked: true },
      { text: ' partners', marked: false },
    ]);
  });

  it('keeps adjacent highlighted words as separate marks, and merges nothing across a gap', () => {
    expect(excerptSegments('<mark>health</mark> <mark>equity</mark>')).toEqual([
      { text: 'health', marked: true },
      { text: ' ', marked: false },
      { text: 'equity', marked: true },
    ]);
  });

  it('returns no segments for an empty or missing excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
    expect(excerptSegments(undefined)).toEqual([]);
    expect(excerptSegments(42)).toEqual([]);
  });

  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'a <mark>fake</mark> mark and </mark> stray close',
    '&lt;b&gt; already escaped text',
    '"><svg onload=alert(1)>',
    'صحة <b>bold</b> 🙂',
  ];

  it.each(hostile)('shows page text containing %j as the same text, never as markup', (text) => {
    const segments = excerptSegments(pagefindExcerpt(text, ['alert(1)']));
    // Pagefind escaped every "<" of the page text, so what comes back is exactly the page text…
    expect(excerptText(segments)).toBe(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    // …and only the words Pagefind matched are highlighted, whatever the text pretends to be.
    for (const segment of segments.filter((s) => s.marked)) expect(segment.text).toBe('alert(1)');
  });

  it('treats a page that literally contains "<mark>" as text, not as a highlight', () => {
    const segments = excerptSegments(pagefindExcerpt('see <mark>this</mark> here', ['here']));
    expect(segments).toEqual([
      { text: 'see <mark>this</mark> ', marked: false },
      { text: 'here', marked: true },
    ]);
  });
});
