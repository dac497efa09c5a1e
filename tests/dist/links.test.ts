/**
 * Links that must last, checked on the built site: the URL manifest, short links, the redirect map
 * and _redirects, the sitemap, the feed, the open data, citations, list items and page metadata.
 */
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLinkData } from '../../src/lib/links/link-data';
import { linkDataProblems, resolverFor } from '../../src/lib/links/redirects';
import { codesPerTarget, linkTargets, lostCodes, targetSitePath, type ShortLinkRegistry } from '../../src/lib/links/short-links';
import { diffManifest, manifestAddresses, type UrlManifest } from '../../src/lib/links/url-manifest';
import { MANIFEST_FILE, readManifest, readSnapshot } from '../../src/lib/links/url-manifest-files';
import { OPEN_DATA_FIELDS } from '../../src/lib/site/open-data';
import { FEED_LENGTH } from '../../src/lib/site/feed';
import { projectRoot } from '../helpers/content-root';
import { content } from '../helpers/real-content';
import { assertBuilt, brokenInternalLink, decodeEntities, distDir, fileForPath, h1Text, htmlFiles, readDist } from '../helpers/dist';
import { committedVersions } from '../helpers/history';

beforeAll(assertBuilt);

const contentDir = join(projectRoot, 'content');
const links = loadLinkData(contentDir);
const targets = linkTargets(content);
const site = 'https://alliance-pathways.example.org';
/** Site path of a page file ("/x/index.html" → "/x/"). */
const pagePath = (file: string) => file.replace(/index\.html$/, '');
const metaContent = (html: string, attribute: string, name: string) =>
  decodeEntities(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1] ?? '');
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

describe('the URL manifest (content/url-manifest.json)', () => {
  const manifest = readManifest(contentDir);
  const diff = diffManifest(manifest, readSnapshot(distDir), links);

  it('records real pages (the check is not empty)', () => {
    expect(Object.keys(manifest.pages).length).toBeGreaterThan(content.resources.length + content.stages.length);
    expect(manifest.pages['/stages/build-the-alliance/']).toContain('step-map-stakeholders');
  });

  it('has every recorded address and anchor still served, directly or through a move or a withdrawal', () => {
    const missing = [...diff.missingPages, ...diff.missingAnchors, ...diff.missingFiles];
    expect(missing, 'Published addresses disappeared. Add a move to content/redirects.json or a withdrawal to content/retired.json for each.').toEqual([]);
  });

  it('records every address the build serves', () => {
    const unrecorded = [...diff.newPages, ...diff.newAnchors, ...diff.newFiles];
    expect(unrecorded, `New addresses are not in content/${MANIFEST_FILE}: run \`npm run manifest:update\` and commit it.`).toEqual([]);
  });

  it('never drops an address recorded in an earlier commit', () => {
    const current = new Set(manifestAddresses(manifest));
    const dropped = committedVersions(`content/${MANIFEST_FILE}`).flatMap((text) =>
      manifestAddresses(JSON.parse(text) as UrlManifest).filter((address) => !current.has(address)),
    );
    expect([...new Set(dropped)], 'The manifest only grows: restore these entries and add a move or withdrawal instead.').toEqual([]);
  });
});

describe('short links', () => {
  it('give every resource, stage, stage step, pathway and pathway step exactly one code', () => {
    const counts = codesPerTarget(links.registry, targets, resolverFor(links.moved));
    const wrong = [...counts].filter(([, codes]) => codes.length !== 1).map(([key, codes]) => `${key}: ${codes.length === 0 ? 'no code' : codes.join(', ')}`);
    expect(wrong, 'Run `npm run links:assign` and commit content/short-links.json.').toEqual([]);
    expect(counts.size).toBe(targets.length);
  });

  it('never lose or repoint a code that was committed', () => {
    const lost = committedVersions('content/short-links.json').flatMap((text) => lostCodes(JSON.parse(text) as ShortLinkRegistry, links.registry));
    expect([...new Set(lost)], 'Codes are permanent: restore them (a renamed entry keeps its code through a move).').toEqual([]);
  });

  it('and the other link files are consistent with the content', () => {
    expect(linkDataProblems(links, new Set(targets.map(targetSitePath)))).toEqual([]);
  });

  it.each(Object.entries(links.registry.codes))('/r/%s/ is a page that leads to %s', (code) => {
    const html = readDist(`/r/${code}/index.html`);
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    expect(target).toBeDefined();
    expect(brokenInternalLink(target!)).toBeUndefined();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(h1Text(html)).toBe('Taking you to the page');
    expect(html).toContain(`href="${target}" data-redirect-target`);
  });
});

describe('the host redirect file (dist/_redirects)', () => {
  const lines = readDist('/_redirects')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));

  it('has one 301 for every short link and every moved page', () => {
    const moves = links.moved.filter((entry) => !entry.from.includes('#')).length;
    expect(lines).toHaveLength(Object.keys(links.registry.codes).length + moves);
    for (const line of lines) expect(line).toMatch(/^\/\S* \/\S* 301$/);
  });

  it('leads only to pages and anchors that exist, and agrees with the static redirect pages', () => {
    const broken = lines.flatMap((line) => {
      const [from, to] = line.split(' ') as [string, string];
      const page = readDist(`${from}index.html`);
      const problem = brokenInternalLink(to);
      return [...(problem ? [`${from} → ${problem}`] : []), ...(page.includes(`url=${to}"`) ? [] : [`${from}: its page leads elsewhere`])];
    });
    expect(broken).toEqual([]);
  });
});

describe('the sitemap', () => {
  const urls = [...readDist('/sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((index) =>
    [...readDist(new URL(index[1]!).pathname).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!)),
  );

  it('lists only pages that exist and are meant to be found', () => {
    const bad = urls.filter((url) => {
      const file = fileForPath(url.pathname);
      return url.origin !== site || !file || readDist(file).includes('content="noindex"');
    });
    expect(bad.map(String)).toEqual([]);
  });

  it('lists every such page (not 404, redirects or withdrawn pages)', () => {
    const listed = new Set(urls.map((url) => url.pathname));
    const expected = htmlFiles()
      .filter((file) => file !== '/404.html' && !readDist(file).includes('content="noindex"'))
      .map(pagePath);
    expect(expected.filter((path) => !listed.has(path))).toEqual([]);
    expect(listed.size).toBe(expected.length);
  });
});

describe('pages describe themselves', () => {
  const pages = htmlFiles().filter((file) => file !== '/404.html');

  it('with a canonical URL and matching OpenGraph tags on every page', () => {
    const bad = pages.filter((file) => {
      const html = readDist(file);
      const canonical = canonicalOf(html);
      return !canonical?.startsWith(site) || metaContent(html, 'property', 'og:url') !== canonical || !metaContent(html, 'property', 'og:title');
    });
    expect(bad).toEqual([]);
  });

  it('with a canonical URL of their own, except redirect pages, whose canonical is their target', () => {
    for (const file of pages) {
      const html = readDist(file);
      const refresh = /http-equiv="refresh" content="0; url=([^"#]+)/.exec(html)?.[1];
      expect(canonicalOf(html), file).toBe(`${site}${refresh ?? pagePath(file)}`);
    }
  });

  it.each(content.resources.map((entry) => [entry.id, entry] as const))('resource %s has JSON-LD that parses and names it', (id, entry) => {
    const html = readDist(`/resources/${id}/index.html`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]![1]!) as Record<string, unknown>;
    expect(data['@type']).toBe('LearningResource');
    expect(data.name).toBe(entry.data.title);
    expect(data.mainEntityOfPage).toBe(`${site}/resources/${id}/`);
    if (entry.data.url) expect(data.url).toBe(entry.data.url);
    else expect(data).not.toHaveProperty('url');
  });
});

describe('open data', () => {
  const json = JSON.parse(readDist('/data/resources.json')) as { count: number; fields: string[]; resources: Array<Record<string, unknown>> };

  it('resources.json has every resource with every field', () => {
    expect(json.count).toBe(content.resources.length);
    expect(json.resources).toHaveLength(content.resources.length);
    expect(json.fields).toEqual(OPEN_DATA_FIELDS.map((field) => field.name));
    const ids = json.resources.map((record) => record.id);
    expect(ids).toEqual(content.resources.map((entry) => entry.id).sort());
    for (const record of json.resources) {
      const entry = content.resources.find((candidate) => candidate.id === record.id)!;
      expect(record.title).toBe(entry.data.title);
      expect(record.url ?? undefined).toBe(entry.data.url);
      expect(brokenInternalLink(new URL(record.permalink as string).pathname)).toBeUndefined();
      expect(brokenInternalLink(new URL(record.shortLink as string).pathname)).toBeUndefined();
    }
  });

  it('resources.csv has the same rows and columns, and parses with a real CSV parser', () => {
    const rows = parse(readDist('/data/resources.csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(content.resources.length);
    expect(Object.keys(rows[0]!)).toEqual(OPEN_DATA_FIELDS.map((field) => field.name));
    for (const [index, row] of rows.entries()) {
      expect(row.id).toBe(json.resources[index]!.id);
      expect(row.summary).toBe(json.resources[index]!.summary);
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });

  it('the feed lists the newest resources with links that work', () => {
    const feed = readDist('/feed.xml');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((match) => new URL(match[1]!));
    expect(entries).toHaveLength(Math.min(FEED_LENGTH, content.resources.length));
    expect(entries.map((url) => brokenInternalLink(url.pathname)).filter(Boolean)).toEqual([]);
    const withoutFeedLink = htmlFiles().filter((file) => {
      const html = readDist(file);
      return !html.includes('<link rel="alternate" type="application/atom+xml"') && !html.includes('http-equiv="refresh"');
    });
    expect(withoutFeedLink).toEqual([]);
  });
});

describe('citations and list items exist for every entry', () => {
  it.each(content.resources.map((entry) => entry.id))('resource %s', (id) => {
    const bib = readDist(`/cite/resources/${id}.bib`);
    const ris = readDist(`/cite/resources/${id}.ris`);
    expect(bib).toMatch(new RegExp(`^@misc\\{${id},`));
    // The work's own address or DOI when it has one; otherwise "Listed in Alliance Pathways" with our permanent link.
    const { data } = content.resources.find((entry) => entry.id === id)!;
    const own = data.url && data.linkKind !== 'publisher-page' ? data.url : undefined;
    expect(bib).toContain(`url = {${own ?? `${site}/resources/${id}/`}}`);
    expect(ris).toContain(`UR  - ${own ?? `${site}/resources/${id}/`}\r\n`);
    if (own) expect(bib).not.toContain('Listed in');
    else expect(bib).toContain('note = {Listed in Alliance Pathways}');
    const item = JSON.parse(readDist(`/lists/items/${id}.json`)) as { id: string; shortUrl: string; path: string };
    expect(item.id).toBe(id);
    expect(brokenInternalLink(item.path)).toBeUndefined();
    expect(brokenInternalLink(new URL(item.shortUrl).pathname)).toBeUndefined();
  });

  it.each(content.stages.map((stage) => stage.id))('stage %s', (id) => {
    expect(readDist(`/cite/stages/${id}.bib`)).toContain(`url = {${site}/stages/${id}/}`);
    expect(readDist(`/cite/stages/${id}.ris`)).toContain(`UR  - ${site}/stages/${id}/\r\n`);
  });

  it('pages link to their own citation files and short link', () => {
    for (const entry of content.resources) {
      const html = readDist(`/resources/${entry.id}/index.html`);
      expect(html).toContain(`href="/cite/resources/${entry.id}.bib"`);
      const code = Object.entries(links.registry.codes).find(([, key]) => key === `resource:${entry.id}`)?.[0];
      expect(html).toContain(`${site}/r/${code}/`);
    }
  });
});
