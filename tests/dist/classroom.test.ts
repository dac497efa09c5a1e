/**
 * Over the built dist/: every pathway's course package holds the pathway's resources in step order;
 * every resource, stage and pathway page advertises oEmbed JSON that points at an embed card which
 * exists; the cards carry no site chrome; only the cards may be framed; every link out has its
 * archived copies beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, fileForPath, readDist } from '../helpers/dist';
import { content } from '../helpers/real-content';

beforeAll(assertBuilt);

const SITE = 'https://alliance-pathways.example.org';
const pages = [
  ...content.resources.map((entry) => ({ kind: 'resources', id: entry.id })),
  ...content.stages.map((stage) => ({ kind: 'stages', id: stage.id })),
  ...content.pathways.map((pathway) => ({ kind: 'pathways', id: pathway.id })),
];

describe('course packages', () => {
  it.each(content.pathways.map((pathway) => [pathway.id, pathway] as const))('pathway %s unzips to a manifest linking its resources in step order', (id, pathway) => {
    const files = unzipSync(new Uint8Array(readFileSync(join(distDir, 'exports/pathways', `${id}.imscc`))));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>1.1.0</schemaversion>');
    const urlOf = new Map(
      Object.entries(files)
        .filter(([name]) => name !== 'imsmanifest.xml')
        .map(([name, bytes]) => [name.replace(/\.xml$/, ''), /<url href="([^"]+)"/.exec(strFromU8(bytes))![1]!]),
    );
    // Items in manifest order, following each to its web link.
    const linked = [...manifest.matchAll(/identifierref="([^"]+)"/g)].map((match) => urlOf.get(match[1]!));
    expect(linked).toEqual([`${SITE}/pathways/${id}/`, ...pathway.data.steps.flatMap((step) => step.resources.map((resource) => `${SITE}/resources/${resource}/`))]);
    // One web link per distinct resource, each a page the site serves.
    expect(urlOf.size).toBe(new Set(linked).size);
    for (const url of urlOf.values()) expect(fileForPath(new URL(url!).pathname), url).toBeDefined();
    expect([...manifest.matchAll(/<item identifier="module_\d+">\s*<title>([^<]+)<\/title>/g)].map((match) => match[1])).toEqual(
      pathway.data.steps.map((step, index) => `Step ${index + 1}: ${step.title.replaceAll('&', '&#38;')}`),
    );
  });
});

describe('oEmbed and embed cards', () => {
  it.each(pages.map((page) => [`/${page.kind}/${page.id}/`, page] as const))('%s advertises oEmbed JSON for its card', (path, { kind, id }) => {
    const html = readDist(`${path}index.html`);
    const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual([`${SITE}/oembed/${kind}/${id}.json`]);
    const answer = JSON.parse(readDist(`/oembed/${kind}/${id}.json`)) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Alliance Pathways', provider_url: `${SITE}/` });
    const src = /^<iframe src="([^"]+)"/.exec(answer.html as string)![1]!;
    expect(src).toBe(`${SITE}/embed/${kind}/${id}/`);
    const card = readDist(`/embed/${kind}/${id}/index.html`);
    expect(card).toMatch(/<h1[^>]*>/);
    expect(card).toContain('content="noindex"');
    expect(card).not.toMatch(/<header|<nav|<footer|<script/);
    expect(card).toContain('Open in Alliance Pathways');
  });

  it('lists the cards in no sitemap', () => {
    const sitemaps = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readDist(`/${name}`)).not.toContain('/embed/');
  });
});

describe('framing', () => {
  const rules = readDist('/_headers')
    .split(/\n(?=\S)/)
    .map((block) => ({ pattern: block.split('\n')[0]!.trim(), body: block }));
  const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

  it('no rule that refuses framing matches an embed card, and the cards allow any site', () => {
    const onCard = rules.filter((rule) => matches(rule.pattern, '/embed/resources/x/'));
    expect(onCard.map((rule) => rule.pattern).sort()).toEqual(['/*', '/embed/*']);
    expect(onCard.map((rule) => rule.body).join('\n')).not.toMatch(/X-Frame-Options|frame-ancestors 'none'/);
    expect(rules.find((rule) => rule.pattern === '/embed/*')!.body).toMatch(/frame-ancestors \*/);
  });

  it('every other file and folder of the site refuses framing', () => {
    const refusing = rules.filter((rule) => /frame-ancestors 'none'/.test(rule.body) && /X-Frame-Options: DENY/.test(rule.body));
    const paths = ['/', ...readdirSync(distDir, { withFileTypes: true }).filter((item) => item.name !== 'embed' && !item.name.startsWith('_')).map((item) => (item.isDirectory() ? `/${item.name}/x/` : `/${item.name}`))];
    expect(paths.filter((path) => !refusing.some((rule) => matches(rule.pattern, path)))).toEqual([]);
  });
});

describe('links out', () => {
  it.each(content.resources.filter((entry) => entry.data.url).map((entry) => [entry.id, entry.data.url!] as const))('resource %s offers the archived copies of its address', (id, url) => {
    const html = readDist(`/resources/${id}/index.html`);
    expect(html).toContain(`href="${`https://web.archive.org/web/${url}`.replaceAll('&', '&amp;')}"`);
    expect(html).toContain('Archived copies (Internet Archive)');
  });
});
