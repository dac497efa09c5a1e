/**
 * Words never run into a link. Astro 7 drops whitespace that holds a line break between text and an
 * element, so a template line ending "why, or" followed by a line starting "<a …>" publishes
 * "why, or<a …>narrow…" ("ornarrow" on screen). Templates write {' '} where such a space must stay
 * (CONTRIBUTING); this check over every built page catches the ones that do not.
 */
import { describe, expect, it } from 'vitest';
import { assertBuilt, htmlFiles, readDist } from '../helpers/dist';

/** A word or sentence end glued to an opening link, or a closing link glued to a word. */
const GLUED = [/[A-Za-z0-9,;:.!?]<a\s/g, /<\/a>[A-Za-z0-9(]/g];

function gluedSpots(html: string): string[] {
  // Scripts, styles and templates for scripts are not text a reader sees.
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  return GLUED.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + 30)));
}

describe('spacing around links on every built page', () => {
  it('finds the glue it looks for', () => {
    expect(gluedSpots('<p>why, or<a href="/x">narrow</a></p>')).toHaveLength(1);
    expect(gluedSpots('<p><a href="/x">Browse</a>to find</p>')).toHaveLength(1);
    expect(gluedSpots('<p>why, or <a href="/x">narrow</a>.</p><p>(<a href="/y">y</a>)</p>')).toEqual([]);
  });

  it('has no word run into a link', () => {
    assertBuilt();
    const glued = htmlFiles().flatMap((page) => gluedSpots(readDist(page)).map((spot) => `${page}: …${spot}…`));
    expect(glued).toEqual([]);
  });
});
