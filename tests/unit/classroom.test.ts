/** Embeds, oEmbed, course packages, slide text, archive fallbacks and the framing policy: the pure parts. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHTS,
  EMBED_WIDTH,
  iframeSnippet,
  pathwayCardText,
  resourceCardText,
  stageCardText,
} from '../../src/lib/classroom/embeds';
import { oembedResponse } from '../../src/lib/classroom/oembed';
import {
  MANIFEST_FILE,
  WEB_LINK_TYPE,
  cartridgeFileName,
  cartridgeFiles,
  cartridgeZip,
  type Cartridge,
} from '../../src/lib/classroom/common-cartridge';
import { exportPathway, listCartridge, listSlides, pathwayCartridge, pathwaySlides } from '../../src/lib/classroom/course-exports';
import { slidesMarkdown, slidesPlainText } from '../../src/lib/classroom/slides-text';
import { archivedCopyUrl, publisherSiteUrl } from '../../src/lib/links/web-archive';
import { frameableHeaders, headersFile, securityHeaders } from '../../src/lib/site/security-headers';
import { brokenLinkPageHtml } from '../../src/lib/links/broken-link-page';

const SITE = 'https://example.org';

describe('embed snippet and cards', () => {
  it('gives a titled, lazy, borderless iframe of the card’s size, with attributes escaped', () => {
    const snippet = iframeSnippet({ src: `${SITE}/embed/resources/x/`, title: 'Tom & "Jerry" <b>', kind: 'resource' });
    expect(snippet).toBe(
      `<iframe src="${SITE}/embed/resources/x/" title="Tom &#38; &#34;Jerry&#34; &#60;b&#62;" width="${EMBED_WIDTH}" height="${EMBED_HEIGHTS.resource}" style="max-width:100%;border:0" loading="lazy"></iframe>`,
    );
  });

  it('writes each card’s facts line from what is known, leaving out what is not', () => {
    expect(resourceCardText({ typeLabel: 'Guide', title: 'T', summary: 'S', facts: '', mainStage: 'Stage 1: Get ready' }).meta).toBe(
      'Stage 1: Get ready',
    );
    expect(stageCardText({ number: 3, stageCount: 7, label: 'Build', purpose: 'P', steps: 1, resources: 4 })).toMatchObject({
      eyebrow: 'Stage 3 of 7',
      meta: '1 practical step · 4 resources',
    });
    expect(pathwayCardText({ title: 'T', summary: 'S', steps: 3, stageNumbers: [4, 1, 4] }).meta).toBe('3 steps · stages 1, 4');
    expect(pathwayCardText({ title: 'T', summary: 'S', steps: 2, stageNumbers: [2] }).meta).toBe('2 steps · stage 2');
  });
});

describe('oEmbed', () => {
  it('answers type rich with the card’s iframe, size, title and provider, and no invented thumbnail', () => {
    const answer = oembedResponse({ kind: 'pathway', title: 'Start', embedUrl: `${SITE}/embed/pathways/start/`, providerUrl: `${SITE}/` });
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Start',
      provider_name: 'Alliance Pathways',
      provider_url: `${SITE}/`,
      width: EMBED_WIDTH,
      height: EMBED_HEIGHTS.pathway,
    });
    expect(answer.html).toContain(`src="${SITE}/embed/pathways/start/"`);
    expect(answer).not.toHaveProperty('thumbnail_url');
  });
});

const cartridge: Cartridge = {
  id: 'test-package',
  title: 'Week <3> & partners',
  description: 'A test.',
  home: { title: 'The list', url: `${SITE}/lists/?ids=a,b&title=x` },
  modules: [
    {
      title: 'Step 1',
      links: [
        { title: 'A', url: `${SITE}/resources/a/` },
        { title: 'B', url: `${SITE}/resources/b/` },
      ],
    },
    { title: 'Step 2', links: [{ title: 'A', url: `${SITE}/resources/a/` }] },
  ],
};

describe('Common Cartridge', () => {
  const files = cartridgeFiles(cartridge);
  const manifest = files.get(MANIFEST_FILE)!;

  it('declares Common Cartridge 1.1 and escapes text', () => {
    expect(manifest).toContain('<schemaversion>1.1.0</schemaversion>');
    expect(manifest).toContain('xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"');
    expect(manifest).toContain('Week &#60;3&#62; &#38; partners');
    expect(manifest).not.toMatch(/<3>/);
  });

  it('has one web link file per distinct address, in order, each referenced by an item', () => {
    const links = [...files.keys()].filter((name) => name !== MANIFEST_FILE);
    expect(links).toEqual(['wl_001.xml', 'wl_002.xml', 'wl_003.xml']);
    expect(files.get('wl_001.xml')).toContain(`<url href="${SITE}/lists/?ids=a,b&#38;title=x" target="_blank"/>`);
    expect(files.get('wl_002.xml')).toContain('<title>A</title>');
    expect([...manifest.matchAll(/type="([^"]+)"/g)].map((match) => match[1])).toEqual([WEB_LINK_TYPE, WEB_LINK_TYPE, WEB_LINK_TYPE]);
    // A resource in two steps appears under both, as the same web link.
    expect([...manifest.matchAll(/identifierref="(wl_\d+)"/g)].map((match) => match[1])).toEqual(['wl_001', 'wl_002', 'wl_003', 'wl_002']);
  });

  it('zips to the same files, the same bytes every time', () => {
    const zip = cartridgeZip(cartridge);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual([...files.keys()]);
    expect(strFromU8(unzipped[MANIFEST_FILE]!)).toBe(manifest);
    expect(Buffer.from(cartridgeZip(cartridge)).equals(Buffer.from(zip))).toBe(true);
  });

  it('names the download from the title, safely', () => {
    expect(cartridgeFileName('Week 3: Partners & Équipes')).toBe('week-3-partners-equipes.imscc');
    expect(cartridgeFileName('../../etc/passwd')).toBe('etc-passwd.imscc');
    expect(cartridgeFileName('日本語')).toBe('alliance-pathways-list.imscc');
  });
});

describe('course exports of a pathway and a list', () => {
  const pathway = {
    id: 'start',
    data: {
      title: 'Start',
      summary: 'Begin.',
      steps: [
        { title: 'Find partners', resources: ['a', 'b'] },
        { title: 'Agree', resources: ['a'] },
      ],
    },
  };
  const titles = new Map([
    ['a', 'Guide A'],
    ['b', 'Guide [B]'],
  ]);
  const exported = exportPathway(
    pathway,
    titles,
    (path) => `${SITE}${path}`,
    (path) => (path === '/resources/a/' ? `${SITE}/r/k7qm/` : undefined),
  );

  it('links every resource in step order with our permanent links, the pathway page first', () => {
    const built = pathwayCartridge(exported);
    expect(built.home.url).toBe(`${SITE}/pathways/start/`);
    expect(built.modules.map((module) => module.title)).toEqual(['Step 1: Find partners', 'Step 2: Agree']);
    expect(built.modules.flatMap((module) => module.links.map((link) => link.url))).toEqual([
      `${SITE}/resources/a/`,
      `${SITE}/resources/b/`,
      `${SITE}/resources/a/`,
    ]);
  });

  it('names the pathway file when a step points at a resource that does not exist', () => {
    expect(() =>
      exportPathway(
        { ...pathway, data: { ...pathway.data, steps: [{ title: 'X', resources: ['gone'] }] } },
        titles,
        String,
        () => undefined,
      ),
    ).toThrow('content/pathways/start.md: resource "gone" does not exist');
  });

  it('gives slide text with short links where they exist, in plain text and Markdown', () => {
    const slides = pathwaySlides(exported);
    expect(slidesPlainText(slides)).toBe(
      `Pathway: Start: ${SITE}/pathways/start/\n\nStep 1: Find partners\n- Guide A: ${SITE}/r/k7qm/\n- Guide [B]: ${SITE}/resources/b/\n\nStep 2: Agree\n- Guide A: ${SITE}/r/k7qm/\n`,
    );
    expect(slidesMarkdown(slides)).toContain(`- [Guide \\[B\\]](${SITE}/resources/b/)`);
    expect(slidesMarkdown(slides).split('\n')[0]).toBe(`## [Pathway: Start](${SITE}/pathways/start/)`);
  });

  it('makes a list package and slides from list items, with a default title', () => {
    const items = [{ id: 'a', title: 'Guide A', url: `${SITE}/resources/a/`, shortUrl: null }];
    const built = listCartridge('', `${SITE}/lists/?ids=a`, items);
    expect(built.title).toBe('Resources from Alliance Pathways');
    expect(built.modules[0]!.links).toEqual([{ title: 'Guide A', url: `${SITE}/resources/a/` }]);
    expect(slidesPlainText(listSlides('Week 1', `${SITE}/lists/?ids=a`, items))).toBe(
      `Week 1: ${SITE}/lists/?ids=a\n\n- Guide A: ${SITE}/resources/a/\n`,
    );
  });

  it('keeps Markdown syntax in titles and addresses from changing the output', () => {
    const markdown = slidesMarkdown({ title: '[x](javascript:alert(1))', url: `${SITE}/a b(c)`, sections: [] });
    expect(markdown).toBe(`## [\\[x\\]\\(javascript:alert\\(1\\)\\)](${SITE}/a%20b%28c%29)\n`);
  });
});

describe('fallbacks for a link out', () => {
  it('looks the address up at the Wayback Machine and names the publisher’s site', () => {
    expect(archivedCopyUrl('https://example.org/a/b.pdf?x=1')).toBe('https://web.archive.org/web/https://example.org/a/b.pdf?x=1');
    expect(publisherSiteUrl('https://sub.example.org/a/b.pdf')).toBe('https://sub.example.org/');
    expect(publisherSiteUrl('javascript:alert(1)')).toBeUndefined();
    expect(publisherSiteUrl('not a url')).toBeUndefined();
  });

  it('writes a fallback page that escapes what it shows and never forwards by itself', () => {
    const html = brokenLinkPageHtml({
      shortPath: '/r/k7qm/',
      canonical: `${SITE}/r/k7qm/`,
      title: '<script>x</script>',
      pageHref: '/resources/a/',
      url: 'https://example.org/a"b',
      feedHref: '/feed.xml',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain('href="https://web.archive.org/web/https://example.org/a&#34;b"');
    expect(html).toContain('href="https://example.org/" rel="noopener noreferrer external" data-fallback="publisher"');
  });
});

/** The rules of a _headers file, as pattern → headers. */
function rules(text: string): Map<string, Record<string, string>> {
  const parsed = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) parsed.set(line.trim(), (current = {}));
    else current[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
  }
  return parsed;
}

describe('framing policy', () => {
  const file = rules(headersFile('/sub/', ['embed/', 'resources/', 'index.html', '_astro/', 'feed.xml']));

  it('lets any site frame the embed cards, and nothing else', () => {
    // With the site-wide rule, a card gets every header of frameableHeaders() and nothing that refuses framing.
    expect({ ...file.get('/sub/*'), ...file.get('/sub/embed/*') }).toEqual(frameableHeaders());
    expect(Object.keys(file.get('/sub/embed/*')!)).toEqual(['Content-Security-Policy']);
    expect(frameableHeaders()['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(frameableHeaders()).not.toHaveProperty('X-Frame-Options');
    for (const pattern of ['/sub/', '/sub/resources/*', '/sub/index.html', '/sub/feed.xml']) {
      expect(file.get(pattern), pattern).toEqual({
        'Content-Security-Policy': securityHeaders()['Content-Security-Policy'],
        'X-Frame-Options': 'DENY',
      });
    }
    expect(securityHeaders()['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('never lets a framing rule match an embed card (hosts combine overlapping rules differently)', () => {
    const framing = [...file].filter(
      ([, headers]) => headers['X-Frame-Options'] || /frame-ancestors 'none'/.test(headers['Content-Security-Policy'] ?? ''),
    );
    const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
    expect(framing.filter(([pattern]) => matches(pattern, '/sub/embed/resources/x/')).map(([pattern]) => pattern)).toEqual([]);
    expect(file.get('/sub/*')).not.toHaveProperty('X-Frame-Options');
    expect(file.get('/sub/*')).toHaveProperty('X-Content-Type-Options', 'nosniff');
  });
});
