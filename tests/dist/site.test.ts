import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_TYPES, STAGE_IDS } from '../../src/lib/model/vocabularies';
import { content } from '../helpers/real-content';
import { assertBuilt, brokenInternalLink, distDir, fileForPath, h1Text, htmlFiles, idsIn, linksIn, readDist } from '../helpers/dist';

beforeAll(assertBuilt);

describe('the built site has a page for everything', () => {
  it.each(content.resources.map((entry) => [entry.id, entry.data.title] as const))('resource %s', (id, title) => {
    expect(h1Text(readDist(`/resources/${id}/index.html`))).toBe(title);
  });

  it.each(RESOURCE_TYPES)('type %s', (type) => {
    expect(fileForPath(`/types/${type}/`)).toBeDefined();
  });

  it.each(STAGE_IDS)('stage %s', (stage) => {
    expect(fileForPath(`/stages/${stage}/`)).toBeDefined();
  });

  it.each(['/', '/types/', '/stages/', '/about/', '/404.html'])('page %s', (path) => {
    expect(fileForPath(path)).toBeDefined();
  });

  it('has no resource page without an entry (nothing stale in dist)', () => {
    const ids = new Set(content.resources.map((entry) => entry.id));
    const pages = htmlFiles().filter((path) => /^\/resources\/[^/]+\/index\.html$/.test(path));
    expect(pages.filter((path) => !ids.has(path.split('/')[2]!))).toEqual([]);
  });
});

describe('the search index', () => {
  it('is built with the site and indexes every resource and stage page', () => {
    expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, l) => sum + l.page_count, 0);
    expect(pageCount).toBeGreaterThanOrEqual(content.resources.length + STAGE_IDS.length);
  });
});

describe('internal links', () => {
  const pages = htmlFiles();

  it('checks every page', () => {
    expect(pages.length).toBeGreaterThan(content.resources.length + RESOURCE_TYPES.length + STAGE_IDS.length);
  });

  it('can tell a missing page or anchor from a present one (the checker itself works)', () => {
    expect(fileForPath('/resources/no-such-resource/')).toBeUndefined();
    expect(fileForPath('/stages/get-ready/')).toBeDefined();
    expect(idsIn(readDist('/stages/get-ready/index.html')).has('step-no-such-step')).toBe(false);
  });

  it('has zero broken internal links and anchors', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksIn(readDist(page))) {
        if (/^(?:[a-z]+:|\/\/)/i.test(link) || link === '') continue; // external, mailto:, protocol-relative
        const problem = brokenInternalLink(link, page);
        if (problem) broken.push(`${page} → ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links out only over http(s), and never to javascript: or data: URLs', () => {
    const unsafe = pages.flatMap((page) => linksIn(readDist(page)).filter((link) => /^\s*(?:javascript|data|vbscript):/i.test(link)).map((link) => `${page} → ${link}`));
    expect(unsafe).toEqual([]);
  });
});

describe('without JavaScript, plain links reach everything', () => {
  it('every resource, type and stage page is reachable from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const file = fileForPath(path);
      if (!file?.endsWith('.html')) continue;
      for (const link of linksIn(readDist(file))) {
        if (/^(?:[a-z]+:|\/\/|#)/i.test(link)) continue;
        const next = new URL(link, `http://site${path}`).pathname;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const expected = [
      ...content.resources.map((entry) => `/resources/${entry.id}/`),
      ...RESOURCE_TYPES.map((type) => `/types/${type}/`),
      ...STAGE_IDS.map((stage) => `/stages/${stage}/`),
    ];
    expect(expected.filter((path) => !seen.has(path))).toEqual([]);
  });
});
