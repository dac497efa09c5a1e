import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, atomFeed, newestFirst, xmlEscape } from '../../src/lib/site/feed';
import { isoDuration, jsonLdText, resourceJsonLd } from '../../src/lib/site/structured-data';
import { modulesToPath, qrSvg } from '../../src/lib/classroom/qr';
import { resourceSchema } from '../../src/schemas/resource';
import { webinarInput } from '../helpers/resource-input';

const day = (d: number) => new Date(Date.UTC(2026, 10, d));

describe('the feed', () => {
  it('escapes every value', () => {
    expect(xmlEscape(`<a href="x">&'\u0001`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
  });

  it('lists the newest first and stops at FEED_LENGTH', () => {
    const entries = Array.from({ length: FEED_LENGTH + 5 }, (_, index) => ({ title: `T${index}`, updated: day((index % 28) + 1) }));
    const sorted = newestFirst(entries);
    expect(sorted).toHaveLength(FEED_LENGTH);
    expect(sorted[0]!.updated.getTime()).toBeGreaterThanOrEqual(sorted.at(-1)!.updated.getTime());
  });

  it('is an Atom document whose entries use the permanent URL as id', () => {
    const xml = atomFeed({
      title: 'Site',
      subtitle: 'New & noteworthy',
      siteUrl: 'https://s/',
      feedUrl: 'https://s/feed.xml',
      entries: [{ url: 'https://s/resources/a/', title: 'A <b>', summary: 'S', updated: day(2), categories: ['Guide'] }],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<id>https://s/resources/a/</id>');
    expect(xml).toContain('<title>A &#60;b&#62;</title>');
    expect(xml).toContain('<subtitle>New &#38; noteworthy</subtitle>');
    expect(xml).toContain('<updated>2026-11-02T00:00:00.000Z</updated>');
  });
});

describe('JSON-LD', () => {
  it('can never close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!--' });
  });

  it('writes durations in ISO 8601', () => {
    expect([isoDuration(40), isoDuration(60), isoDuration(90)]).toEqual(['PT40M', 'PT1H', 'PT1H30M']);
  });

  it('describes a resource with only the facts it states', () => {
    const data = resourceSchema.parse(webinarInput({ publisher: 'Some Publisher', publisherInferred: true, url: 'https://x.example/' }));
    const ld = resourceJsonLd(
      data,
      { type: 'Webinar', stages: ['Build the alliance'], sectors: ['Public health'], topics: ['Trust'], audiences: [] },
      'https://s/resources/w/',
      'https://s/r/bbbb/',
    );
    expect(ld['@type']).toBe('LearningResource');
    expect(ld.url).toBe('https://x.example/');
    expect(ld.mainEntityOfPage).toBe('https://s/resources/w/');
    expect(ld.timeRequired).toBe('PT45M');
    expect(ld).not.toHaveProperty('publisher'); // inferred, so not stated
    expect(ld).not.toHaveProperty('datePublished');
  });
});

describe('QR codes', () => {
  it('draw each horizontal run of dark modules as one stroke inside a quiet zone', () => {
    expect(modulesToPath(2, (row, column) => row === column)).toEqual({ viewBox: '0 0 10 10', path: 'M4 4.5h1M5 5.5h1' });
    expect(modulesToPath(3, (row) => row === 1)).toEqual({ viewBox: '0 0 11 11', path: 'M4 5.5h3' });
    expect(modulesToPath(5, (row, column) => row === 0 && column !== 2)).toEqual({ viewBox: '0 0 13 13', path: 'M4 4.5h2m1 0h2' });
  });

  it('encode a URL as a real QR symbol (finder patterns in three corners)', () => {
    const { viewBox, path } = qrSvg('https://alliance-pathways.example.org/r/vpd2/');
    const size = Number(viewBox.split(' ')[2]) - 8;
    expect(size).toBeGreaterThanOrEqual(21);
    // Each finder pattern's top row is a run of seven dark modules: two on the first row, one lower down.
    expect(path.startsWith('M4 4.5h7')).toBe(true);
    expect(path.split('M')[1]).toMatch(/h7$/);
    expect(path).toContain(`M4 ${4 + size - 7 + 0.5}h7`);
  });
});
