/**
 * Public text is about the resource, not about our cataloguing: notes on original spellings, on
 * which source listed an entry or on corrected types live in the source record (source.notes), shown
 * in the collapsed "How we catalogued this" detail, never in a summary or a body.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/real-content';

/** Phrases that only cataloguing notes use. */
const CATALOGUING = [
  /\bsource list\b/i,
  /\bthe seed\b/i,
  /\bstray space\b/i,
  /\bwe list it as\b/i,
  /\bfiles it under\b/i,
  /\bcorrected here\b/i,
  /\b\d{3}_[0-9a-f]{16}\.txt\b/,
];

describe('summaries and bodies carry no cataloguing notes', () => {
  it.each(content.resources.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    for (const text of [entry.data.summary, entry.body]) {
      for (const pattern of CATALOGUING) expect(text, String(pattern)).not.toMatch(pattern);
    }
  });
});

describe('cataloguing notes are written for readers', () => {
  it('never name a source document by its file name', () => {
    const notes = content.resources.flatMap((entry) => entry.data.source.notes);
    expect(notes.filter((note) => /\.(txt|csv|tsv|xlsx?)\b/i.test(note))).toEqual([]);
  });
});
