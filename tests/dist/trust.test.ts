/**
 * Trust over the built site: who runs it, how to report a problem or suggest a resource, the licence,
 * and when each entry was last reviewed, all read from content/site.yaml and the entries themselves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readDist as readFile } from '../helpers/dist';
import { content } from '../helpers/real-content';
import { LICENCE_TERMS, loadSiteSettings } from '../../src/lib/site/site-settings';
import { humanDate } from '../../src/lib/catalogue/format';

const settings = loadSiteSettings();
/** A page's HTML by its address. */
const readDist = (path: string) => readFile(path.endsWith('/') ? `${path}index.html` : path);
beforeAll(assertBuilt);

describe('the About page', () => {
  it('names the owner and the contact address from the settings, and the licence of our text and data', () => {
    const html = readDist('/about/');
    expect(html).toContain(`data-site-owner>${settings.owner}<`);
    expect(html).toContain(`>${settings.contact}</a>`);
    expect(html).toContain(`href="${LICENCE_TERMS[settings.licence].url}"`);
    expect(html).toMatch(/belong to their owners/);
    for (const anchor of ['who', 'how-chosen', 'report', 'suggest', 'licence']) expect(html).toContain(`id="${anchor}"`);
  });
});

describe('every entry page', () => {
  it('has a report link prefilled with its id and address, and says when it was last reviewed', () => {
    for (const entry of content.resources) {
      const html = readDist(`/resources/${entry.id}/`);
      const report = /href="(mailto:[^"]+)"[^>]*data-report-problem/.exec(html)?.[1]?.replaceAll('&amp;', '&');
      expect(report, entry.id).toBeDefined();
      const decoded = decodeURIComponent(report!);
      expect(decoded.startsWith(`mailto:${settings.contact}?`)).toBe(true);
      expect(decoded).toContain(`Entry: ${entry.id}`);
      expect(decoded).toContain(`/resources/${entry.id}/`);
      const reviewed = entry.data.lastChecked ? `Last reviewed on` : `Not reviewed since it was added on`;
      expect(html, entry.id).toContain(reviewed);
      expect(html, entry.id).toContain(humanDate(entry.data.lastChecked ?? entry.data.added));
    }
  });
});

describe('every page footer', () => {
  it('links the licence and the suggestion route', () => {
    for (const path of ['/', '/resources/', '/search/', `/resources/${content.resources[0]!.id}/`]) {
      const html = readDist(path);
      expect(html).toContain('/about/#licence');
      expect(html).toContain('/about/#suggest');
    }
  });
});
