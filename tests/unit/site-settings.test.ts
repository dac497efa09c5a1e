import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_SETTINGS,
  loadSiteSettings,
  parseSiteSettings,
  placeholdersInUse,
  reportBarrierHref,
  reportProblemHref,
  suggestResourceHref,
} from '../../src/lib/site/site-settings';

const real = {
  owner: 'County Health Partners',
  contact: 'hello@county-health.test',
  licence: 'CC-BY-4.0',
  baseUrl: 'https://pathways.county-health.test',
};

describe('site settings', () => {
  it('the project file is valid, and its placeholders never pretend to be a real organisation', () => {
    const settings = loadSiteSettings();
    expect(settings.licence).toBe('CC-BY-4.0');
    expect(PLACEHOLDER_SETTINGS.owner).toMatch(/not yet set/);
    expect(PLACEHOLDER_SETTINGS.contact).toMatch(/@example\.org$/);
  });

  it('names the placeholder fields still in use, and none once they are set', () => {
    expect(placeholdersInUse(PLACEHOLDER_SETTINGS)).toEqual(['owner', 'contact', 'baseUrl']);
    expect(placeholdersInUse(parseSiteSettings(real))).toEqual([]);
    expect(placeholdersInUse(parseSiteSettings({ ...real, contact: 'someone@example.com' }))).toEqual(['contact']);
  });

  it('defaults the licence to CC BY 4.0 and names the file and field of a mistake', () => {
    const { licence, ...rest } = real;
    expect(licence).toBeDefined();
    expect(parseSiteSettings(rest).licence).toBe('CC-BY-4.0');
    expect(() => parseSiteSettings({ ...real, contact: 'not an address' })).toThrow('content/site.yaml → field "contact"');
    expect(() => parseSiteSettings({ ...real, baseUrl: 'javascript:alert(1)' })).toThrow('field "baseUrl"');
    expect(() => parseSiteSettings({ ...real, licence: 'MIT' })).toThrow('field "licence"');
  });

  it('prefills a report with the entry id and address, encoded', () => {
    const href = reportProblemHref(parseSiteSettings(real), 'art-and-public-health', 'https://x.test/resources/art-and-public-health/');
    expect(href.startsWith('mailto:hello@county-health.test?subject=Problem%20with%20entry%20art-and-public-health&body=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('Address: https://x.test/resources/art-and-public-health/');
    expect(suggestResourceHref(parseSiteSettings(real))).toMatch(/^mailto:hello@county-health\.test\?subject=Resource%20suggestion/);
  });

  it('asks a barrier report for the page, the task and what happened', () => {
    const href = reportBarrierHref(parseSiteSettings(real));
    expect(href.startsWith('mailto:hello@county-health.test?subject=Accessibility%20barrier')).toBe(true);
    expect(decodeURIComponent(href)).toMatch(/Page address:\nWhat I was trying to do:\nWhat happened:/);
  });
});
