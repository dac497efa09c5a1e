import { describe, expect, it } from 'vitest';
import { absoluteUrl, formatHandoutDate, handoutLink } from '../../src/lib/handout';
import { qrSvg } from '../../src/lib/qr';
import { pathwayPath, pathwayStepAnchor, pathwaysIndexPath, selfCheckPath, withBase } from '../../src/lib/paths';

describe('handout links', () => {
  it('prints the full permanent URL of a resource on the public origin', () => {
    expect(handoutLink('invest-health', 'https://alliance-pathways.example.org')).toBe(
      'https://alliance-pathways.example.org/resources/invest-health/',
    );
  });

  it('keeps a base path that is already part of the site path', () => {
    expect(absoluteUrl(withBase('/resources/x/', '/catalogue/'), 'https://example.org/')).toBe('https://example.org/catalogue/resources/x/');
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

describe('qrSvg', () => {
  const url = 'https://alliance-pathways.example.org/resources/invest-health/';

  it('draws an inline SVG hidden from assistive technology (the URL is printed beside it)', async () => {
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg class="qr-code" aria-hidden="true" focusable="false" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('<path');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('uses no style attribute and no script (the coming Content-Security-Policy forbids them)', async () => {
    const svg = await qrSvg(url);
    expect(svg).not.toMatch(/\sstyle=|<script|\son[a-z]+=/i);
  });

  it('is deterministic and differs between addresses', async () => {
    expect(await qrSvg(url)).toBe(await qrSvg(url));
    expect(await qrSvg(url)).not.toBe(await qrSvg(`${url}?x`));
  });

  it('stays small: under 3 KB for a typical permanent URL', async () => {
    const long = 'https://alliance-pathways.example.org/resources/mobilising-cross-sector-collaborations-rural-communities/';
    expect((await qrSvg(long)).length).toBeLessThan(3000);
  });
});
