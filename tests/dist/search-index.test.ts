/**
 * Checks over the Pagefind index that `npm run build` writes into dist/pagefind: which pages are in
 * it, what text they carry (content, not navigation chrome) and the filters and metadata search uses.
 * Fragments are Pagefind's per-page records: gzip of "pagefind_dcd" followed by JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-root';
import { content } from '../helpers/real-content';
import { htmlFiles, readDist } from '../helpers/dist';
import { isSearchablePage } from '../../src/lib/search/indexed-pages';
import { PAGE_KIND_TERMS, RESOURCE_TYPE_TERMS, SECTOR_TERMS, STAGE_TERMS, TOPIC_TERMS } from '../../src/lib/model/vocabularies';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const bundle = join(projectRoot, 'dist', 'pagefind');

function readFragments(): Fragment[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).map((name) => {
    const bytes = gunzipSync(readFileSync(join(folder, name)));
    expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
  });
}

describe('the Pagefind index in dist/', () => {
  it('exists, with the library the search page imports', () => {
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-entry.json'))).toBe(true);
  });

  const fragments = readFragments();
  const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));

  it('holds exactly the resource, stage and pathway pages', () => {
    const expected = [
      ...content.resources.map((entry) => `/resources/${entry.id}/`),
      ...content.stages.map((entry) => `/stages/${entry.id}/`),
      ...content.pathways.map((entry) => `/pathways/${entry.id}/`),
    ].sort();
    expect([...byUrl.keys()].sort()).toEqual(expected);
  });

  it('reads every page that marks content for the index: none outside indexed-pages carries data-pagefind-body', () => {
    const marked = htmlFiles()
      .filter((file) => file.endsWith('/index.html') && readDist(file).includes('data-pagefind-body'))
      .map((file) => file.slice(0, -'index.html'.length));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((page) => !isSearchablePage(page))).toEqual([]);
  });

  it('leaves out navigation chrome: header, breadcrumbs, footer, outbound buttons', () => {
    for (const fragment of fragments) {
      for (const chrome of ['Skip to content', 'Browse by type', 'Alliance Pathways catalogues', 'Open the resource', 'Home /']) {
        expect(fragment.content, `${fragment.url} contains "${chrome}"`).not.toContain(chrome);
      }
    }
  });

  it.each(content.resources.map((entry) => [entry.id, entry] as const))('resource %s: filters, title, summary, and a seed entry’s original title', (id, entry) => {
    const fragment = byUrl.get(`/resources/${id}/`);
    expect(fragment).toBeDefined();
    if (!fragment) return;
    const { data } = entry;
    expect(fragment.filters.kind).toEqual([PAGE_KIND_TERMS.resource.label]);
    expect(fragment.filters.type).toEqual([RESOURCE_TYPE_TERMS[data.type].label]);
    expect([...(fragment.filters.stage ?? [])].sort()).toEqual(data.stages.map((stage) => STAGE_TERMS[stage].label).sort());
    expect([...(fragment.filters.sector ?? [])].sort()).toEqual(data.sectors.map((sector) => SECTOR_TERMS[sector].label).sort());
    expect([...(fragment.filters.topic ?? [])].sort()).toEqual(data.topics.map((topic) => TOPIC_TERMS[topic].label).sort());
    expect(fragment.meta.title).toBe(data.title);
    expect(fragment.meta.summary).toBe(data.summary.trim());
    // A seed entry's original wording stays searchable, as separate words (not glued to the label before
    // or after it). Imported and editors' entries have no original title.
    if (data.source.kind !== 'seed') {
      expect(fragment.content).not.toContain('Original title');
      return;
    }
    const original = data.source.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(fragment.content).toMatch(new RegExp(`(^|\\s)${original}(\\s|$)`));
  });

  it.each(content.stages.map((entry) => [entry.id, entry] as const))('stage %s: kind, stage filter and title', (id) => {
    const fragment = byUrl.get(`/stages/${id}/`);
    expect(fragment).toBeDefined();
    if (!fragment) return;
    const term = STAGE_TERMS[id as keyof typeof STAGE_TERMS];
    expect(fragment.filters.kind).toEqual([PAGE_KIND_TERMS.stage.label]);
    expect(fragment.filters.stage).toEqual([term.label]);
    expect(fragment.meta.title).toBe(`Stage ${term.number}: ${term.label}`);
    expect(fragment.meta.summary).toBeTruthy();
  });

  it('gives resource snippets prose to quote, not the labels of facts, chips or provenance', () => {
    const labels = ['Kind of publisher', 'Listed in', 'Where it fits', 'How we catalogued this', 'Time needed', 'Mainly for', 'About this resource', 'Provenance'];
    for (const fragment of fragments.filter((candidate) => candidate.url.startsWith('/resources/'))) {
      for (const label of labels) expect(fragment.content, `${fragment.url} contains "${label}"`).not.toContain(label);
    }
  });

  it('keeps labels and values of definition lists apart (no "Original titleUsing…")', () => {
    for (const fragment of fragments) {
      expect(fragment.content, fragment.url).not.toMatch(/(Kind of publisher|Listed in|Original title|Listed as|Added)\S/);
    }
  });
});
