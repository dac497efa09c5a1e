/**
 * The link files are content checks: `npm run check` and the build both refuse a recorded address
 * that would vanish (a year page, a short code, an entry page, a step anchor) unless a move or a
 * withdrawal keeps it, and say which file to edit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/editing/content-check';
import { formatProblem } from '../../src/lib/editing/content-files';
import { publishedAddressProblems } from '../../src/lib/editing/link-checks';
import { makeContentRoot } from '../helpers/content-root';
import { validGuideFile } from '../helpers/resource-input';

const withYear = (year: number) => validGuideFile('{ editor: true }').replace('added:', `year: ${year}\nadded:`);

function root(files: Record<string, unknown>, resources: Record<string, string> = { 'field-guide.md': withYear(1999) }): string {
  const contentRoot = makeContentRoot(resources);
  for (const [name, value] of Object.entries(files))
    writeFileSync(join(contentRoot, name), typeof value === 'string' ? value : JSON.stringify(value));
  return contentRoot;
}

const problemsOf = (contentRoot: string) => checkContent(contentRoot, contentRoot).problems.map(formatProblem);
const manifest = (pages: Record<string, string[]>) => ({ pages, files: [] });

describe('lost addresses, before the build', () => {
  it('accept a manifest whose addresses the content still serves', () => {
    const contentRoot = root({
      'url-manifest.json': manifest({ '/years/1999/': [], '/resources/field-guide/': [], '/about/': ['anything'] }),
    });
    expect(problemsOf(contentRoot)).toEqual([]);
  });

  it('refuse a year page that would vanish because its only entry changed year, naming the files to edit', () => {
    const contentRoot = root({ 'url-manifest.json': manifest({ '/years/1999/': [] }) }, { 'field-guide.md': withYear(2000) });
    expect(problemsOf(contentRoot)).toEqual([
      expect.stringMatching(
        /^url-manifest\.json: \/years\/1999\/ is recorded as published but the build would no longer serve it; .*content\/redirects\.json.*content\/retired\.json/,
      ),
    ]);
  });

  it('accept the same change once a move keeps the old address', () => {
    const contentRoot = root(
      {
        'url-manifest.json': manifest({ '/years/1999/': [] }),
        'redirects.json': { moved: [{ from: '/years/1999/', to: '/years/', since: '2027-01-01', why: 'No entry is from 1999 any more.' }] },
      },
      { 'field-guide.md': withYear(2000) },
    );
    expect(problemsOf(contentRoot)).toEqual([]);
  });

  it('refuse a short code removed from short-links.json', () => {
    const contentRoot = root({
      'url-manifest.json': manifest({ '/r/bbbb/': [], '/r/cccc/': [] }),
      'short-links.json': { codes: { bbbb: 'resource:field-guide' } },
    });
    expect(problemsOf(contentRoot)).toEqual([
      expect.stringMatching(
        /^short-links\.json: the short link \/r\/cccc\/ is recorded in url-manifest\.json as published, but code "cccc" is gone from this file/,
      ),
    ]);
  });

  it('refuse a deleted entry page and a removed step anchor, but not a withdrawn page', () => {
    const contentRoot = root({
      'url-manifest.json': manifest({ '/resources/gone/': [], '/resources/withdrawn/': [], '/stages/get-ready/': ['step-no-such-step'] }),
      'retired.json': {
        retired: [
          { path: '/resources/withdrawn/', title: 'Withdrawn', since: '2027-01-01', why: 'The publisher took it down.', instead: [] },
        ],
      },
    });
    expect(problemsOf(contentRoot)).toEqual([
      expect.stringMatching(/^url-manifest\.json: \/resources\/gone\/ is recorded as published but the build would no longer serve it/),
      expect.stringMatching(
        /^url-manifest\.json: the step anchor \/stages\/get-ready\/#step-no-such-step is recorded as published but its step is gone/,
      ),
    ]);
  });

  it('report link-file problems with the file they are in, as the build does', () => {
    const contentRoot = root({
      'redirects.json': {
        moved: [{ from: '/resources/field-guide/', to: '/stages/get-ready/', since: '2027-01-01', why: 'Hides a live page.' }],
      },
    });
    expect(problemsOf(contentRoot)).toEqual(['redirects.json: /resources/field-guide/ is a live page; a move from it would hide it']);
    expect(problemsOf(root({ 'url-manifest.json': '{ not json' }))).toEqual([
      expect.stringMatching(/^url-manifest\.json: is not valid JSON/),
    ]);
  });
});

describe('lost addresses, after the build', () => {
  it('names every recorded page, anchor and file that dist/ no longer serves', () => {
    const snapshot = { pages: new Map([['/about/', { anchors: [], ids: new Set(['intro']) }]]), files: new Set<string>() };
    const recorded = { pages: { '/about/': ['intro', 'history'], '/gone/': [] }, files: ['/feed.xml'] };
    const problems = publishedAddressProblems(recorded, snapshot, { registry: { codes: {} }, moved: [], retired: [] });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/url-manifest\.json: \/gone\/ is no longer published; .*content\/redirects\.json/),
      expect.stringMatching(/^content\/url-manifest\.json: the anchor \/about\/#history no longer leads anywhere/),
      expect.stringMatching(/^content\/url-manifest\.json: the file \/feed\.xml is no longer published/),
    ]);
  });
});
