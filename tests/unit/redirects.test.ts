import { describe, expect, it } from 'vitest';
import {
  anchorAliases,
  hostRedirectsFile,
  linkDataProblems,
  redirectRules,
  resolvePath,
  type LinkData,
} from '../../src/lib/links/redirects';
import { escapeHtml, redirectPageHtml } from '../../src/lib/links/redirect-page';
import type { MovedEntry, RetiredEntry } from '../../src/schemas/links';
import { redirectsFileSchema, retiredFileSchema } from '../../src/schemas/links';

const since = new Date(Date.UTC(2027, 0, 1));
const move = (from: string, to: string): MovedEntry => ({ from, to, since, why: 'Renamed in a test.' });
const retire = (path: string, instead: string[] = []): RetiredEntry => ({
  path,
  title: 'Old thing',
  since,
  why: 'Withdrawn in a test.',
  instead,
});

describe('resolving moves', () => {
  const moved = [
    move('/resources/a/', '/resources/b/'),
    move('/resources/b/', '/resources/c/'),
    move('/stages/get-ready/#step-old', '/stages/get-ready/#step-new'),
    move('/stages/old-stage/', '/stages/get-ready/'),
  ];

  it('follows chains to the final address', () => {
    expect(resolvePath('/resources/a/', moved)).toBe('/resources/c/');
    expect(resolvePath('/resources/x/', moved)).toBe('/resources/x/');
  });

  it('moves a step anchor, and keeps an anchor when only its page moved', () => {
    expect(resolvePath('/stages/get-ready/#step-old', moved)).toBe('/stages/get-ready/#step-new');
    expect(resolvePath('/stages/old-stage/#step-old', moved)).toBe('/stages/get-ready/#step-new');
    expect(resolvePath('/resources/a/#facts-heading', moved)).toBe('/resources/c/#facts-heading');
  });

  it('stops on a loop instead of hanging', () => {
    expect(() => resolvePath('/resources/x/', [move('/resources/x/', '/resources/y/'), move('/resources/y/', '/resources/x/')])).toThrow(
      /redirect loop/,
    );
  });

  it('gives a page the old anchors that now live on it', () => {
    expect(anchorAliases('/stages/get-ready/', moved)).toEqual(new Map([['step-new', ['step-old']]]));
    expect(anchorAliases('/stages/other/', moved)).toEqual(new Map());
  });
});

describe('redirect rules and the host file', () => {
  const data: LinkData = {
    registry: { codes: { cccc: 'stage:get-ready#check-fit', bbbb: 'resource:a' } },
    moved: [move('/resources/a/', '/resources/b/'), move('/stages/get-ready/#step-check-fit', '/stages/get-ready/#step-fit')],
    retired: [],
  };

  it('derives short links (following moves) and page moves from one map', () => {
    expect(redirectRules(data)).toEqual([
      { from: '/r/bbbb/', to: '/resources/b/', kind: 'short-link' },
      { from: '/r/cccc/', to: '/stages/get-ready/#step-fit', kind: 'short-link' },
      { from: '/resources/a/', to: '/resources/b/', kind: 'moved' },
    ]);
  });

  it('writes 301 lines with the base applied', () => {
    const text = hostRedirectsFile(redirectRules(data), '/sub/');
    const lines = text
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('#'));
    expect(lines).toEqual([
      '/sub/r/bbbb/ /sub/resources/b/ 301',
      '/sub/r/cccc/ /sub/stages/get-ready/#step-fit 301',
      '/sub/resources/a/ /sub/resources/b/ 301',
    ]);
    expect(hostRedirectsFile(redirectRules(data), '/')).toContain('\n/r/bbbb/ /resources/b/ 301\n');
  });
});

describe('problems that would break links', () => {
  const live = new Set(['/resources/b/', '/stages/get-ready/', '/stages/get-ready/#step-fit']);
  const base: LinkData = { registry: { codes: {} }, moved: [], retired: [] };

  it('accepts a consistent set', () => {
    expect(
      linkDataProblems(
        {
          ...base,
          registry: { codes: { bbbb: 'resource:b' } },
          moved: [move('/resources/a/', '/resources/b/')],
          retired: [retire('/resources/x/', ['/resources/b/', '/types/guide/'])],
        },
        live,
      ),
    ).toEqual([]);
  });

  it('refuses to move or retire a live page, or both move and retire one path', () => {
    expect(linkDataProblems({ ...base, moved: [move('/resources/b/', '/stages/get-ready/')] }, live)).toEqual([
      'redirects.json: /resources/b/ is a live page; a move from it would hide it',
    ]);
    expect(linkDataProblems({ ...base, retired: [retire('/resources/b/')] }, live)).toEqual([
      'retired.json: /resources/b/ is still a live page',
    ]);
    expect(
      linkDataProblems({ ...base, moved: [move('/resources/x/', '/resources/b/')], retired: [retire('/resources/x/')] }, live),
    ).toEqual(['redirects.json: /resources/x/ is also in retired.json; choose one']);
  });

  it('finds short links, moves and suggestions that lead nowhere', () => {
    const problems = linkDataProblems(
      {
        registry: { codes: { bbbb: 'resource:gone', cccc: 'stage:get-ready#step-gone' } },
        moved: [move('/resources/a/', '/resources/nowhere/')],
        retired: [retire('/resources/x/', ['/resources/missing/'])],
      },
      live,
    );
    expect(problems).toEqual([
      'redirects.json: /resources/a/ leads to /resources/nowhere/, which is not a page of the site',
      'retired.json: /resources/x/ suggests /resources/missing/, which is not a page of the site',
      'short-links.json: /r/bbbb/ (resource:gone) leads to /resources/gone/, which is not a page of the site',
      'short-links.json: /r/cccc/ (stage:get-ready#step-gone) leads to /stages/get-ready/#step-step-gone, which is not a page of the site',
    ]);
  });

  it('accepts a short link to a withdrawn entry (its page explains)', () => {
    expect(linkDataProblems({ ...base, registry: { codes: { bbbb: 'resource:x' } }, retired: [retire('/resources/x/')] }, live)).toEqual(
      [],
    );
  });

  it('reports a loop', () => {
    expect(
      linkDataProblems({ ...base, moved: [move('/resources/p/', '/resources/q/'), move('/resources/q/', '/resources/p/')] }, live)[0],
    ).toMatch(/redirect loop/);
  });
});

describe('the file schemas', () => {
  it('accept site paths and reject hostile or malformed ones', () => {
    expect(
      redirectsFileSchema.safeParse({
        moved: [{ from: '/resources/a/', to: '/stages/x/#step-y', since: '2027-01-01', why: 'A good reason here.' }],
      }).success,
    ).toBe(true);
    for (const bad of ['https://evil.example/', '//evil.example/', '/resources/a', 'javascript:alert(1)', '/a/../b/', '/a/#x y', '/A B/']) {
      expect(
        redirectsFileSchema.safeParse({ moved: [{ from: '/resources/a/', to: bad, since: '2027-01-01', why: 'A good reason here.' }] })
          .success,
        bad,
      ).toBe(false);
    }
    expect(
      retiredFileSchema.safeParse({ retired: [{ path: '/resources/a/#x', title: 'Old', since: '2027-01-01', why: 'A good reason here.' }] })
        .success,
    ).toBe(false);
  });
});

describe('the static redirect page', () => {
  it('refreshes at once to the destination, points its canonical there, and escapes every value', () => {
    const html = redirectPageHtml({
      href: '/resources/a/#step-x',
      canonical: 'https://s/resources/a/',
      title: 'A & "B" <i>',
      lead: 'Short link /r/bbbb/.',
      note: 'Use <the new one>.',
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/resources/a/#step-x">');
    expect(html).toContain('<link rel="canonical" href="https://s/resources/a/">');
    expect(html).toContain('<a href="/resources/a/#step-x" data-redirect-target>A &#38; &#34;B&#34; &#60;i&#62;</a>');
    expect(html).toContain('Use &#60;the new one&#62;.');
    expect(html).not.toMatch(/<script|style=/);
    expect(escapeHtml(`<>&"'`)).toBe('&#60;&#62;&#38;&#34;&#39;');
  });
});
