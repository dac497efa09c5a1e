import { describe, expect, it } from 'vitest';
import { formatHandoutDate, handoutLink } from '../../src/lib/classroom/handout';
import { qrSvgMarkup } from '../../src/lib/classroom/qr';
import { absoluteUrl, pathwayPath, pathwayStepAnchor, pathwaysIndexPath, selfCheckPath, withBase } from '../../src/lib/catalogue/paths';

describe('handout links', () => {
  it('prints the short link of a resource when it has a code', () => {
    expect(handoutLink('invest-health', 'https://alliance-pathways.example.org', 'vpd2')).toBe(
      'https://alliance-pathways.example.org/r/vpd2/',
    );
  });

  it('falls back to the full permanent URL on the public origin', () => {
    expect(handoutLink('invest-health', 'https://alliance-pathways.example.org')).toBe(
      'https://alliance-pathways.example.org/resources/invest-health/',
    );
  });

  it('keeps a base path that is already part of the site path', () => {
    expect(absoluteUrl(withBase('/resources/x/', '/catalogue/'), 'https://example.org/')).toBe(
      'https://example.org/catalogue/resources/x/',
    );
  });
});

describe('pathway paths', () => {
  it('builds the pathway URLs and step anchors from ids', () => {
    expect(pathwaysIndexPath()).toBe('/pathways/');
    expect(pathwayPath('start-a-new-alliance')).toBe('/pathways/start-a-new-alliance/');
    expect(pathwayStepAnchor('test-the-idea')).toBe('step-test-the-idea');
    expect(selfCheckPath()).toBe('/start/');
  });
});

describe('formatHandoutDate', () => {
  it('writes day, month name and year', () => {
    expect(formatHandoutDate(new Date(Date.UTC(2026, 10, 23, 12)), 'UTC')).toBe('23 November 2026');
  });

  it('uses the given time zone for the calendar day', () => {
    const lateEvening = new Date(Date.UTC(2026, 10, 23, 23, 30));
    expect(formatHandoutDate(lateEvening, 'UTC')).toBe('23 November 2026');
    expect(formatHandoutDate(lateEvening, 'Asia/Tokyo')).toBe('24 November 2026');
  });
});

describe('qrSvgMarkup', () => {
  const url = 'https://alliance-pathways.example.org/resources/invest-health/';

  it('draws an inline SVG hidden from assistive technology (the URL is printed beside it)', () => {
    const svg = qrSvgMarkup(url);
    expect(svg).toMatch(
      /^<svg class="qr-code" aria-hidden="true" focusable="false" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/,
    );
    expect(svg).toContain('<path');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('uses no style attribute and no script (the coming Content-Security-Policy forbids them)', () => {
    const svg = qrSvgMarkup(url);
    expect(svg).not.toMatch(/\sstyle=|<script|\son[a-z]+=/i);
  });

  it('is deterministic and differs between addresses', async () => {
    expect(qrSvgMarkup(url)).toBe(qrSvgMarkup(url));
    expect(qrSvgMarkup(url)).not.toBe(qrSvgMarkup(`${url}?x`));
  });

  it('stays small: under 3 KB for a printed short link, under 6 KB for a long permanent URL', () => {
    expect(qrSvgMarkup('https://alliance-pathways.example.org/r/vpd2/').length).toBeLessThan(3000);
    const long = 'https://alliance-pathways.example.org/resources/mobilising-cross-sector-collaborations-rural-communities/';
    expect(qrSvgMarkup(long).length).toBeLessThan(6000);
  });
});
