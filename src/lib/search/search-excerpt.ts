/**
 * Pagefind gives excerpts as HTML: the page's text with "<" and ">" escaped as &lt; and &gt;, and
 * each matching word wrapped in <mark>…</mark>. We never hand that string to innerHTML. Instead it is
 * split into plain-text segments, each flagged as highlighted or not, and the page builds text nodes
 * and <mark> elements from them. Pagefind escapes every "<" of the page text, so the only tags left
 * in an excerpt are its own <mark> markers; anything else that looks like markup stays text.
 */

export interface ExcerptSegment {
  text: string;
  /** True for words that matched the query (shown in <mark>). */
  marked: boolean;
}

const MARKER = /(<mark>|<\/mark>)/;

/** Undoes the two escapes Pagefind applies to page text (and nothing more). */
function unescapePagefind(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Splits a Pagefind excerpt into text segments; adjacent segments with the same flag are merged. */
export function excerptSegments(excerpt: unknown): ExcerptSegment[] {
  if (typeof excerpt !== 'string') return [];
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(MARKER)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      const text = unescapePagefind(part);
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}

/** The excerpt as plain text, for places that cannot show highlights. */
export function excerptText(segments: readonly ExcerptSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
