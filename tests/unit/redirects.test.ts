import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroRedirects, checkRedirects, loadRedirects, parseRedirects } from '../../src/lib/redirects';
import { projectRoot } from '../helpers/content-root';

const ids = new Set(['new-guide', 'other-guide']);

describe('parseRedirects', () => {
  it('reads old id → new id', () => {
    const { resources, problems } = parseRedirects('resources:\n  old-guide: new-guide\n', 'content/redirects.yaml');
    expect(problems).toEqual([]);
    expect([...resources]).toEqual([['old-guide', 'new-guide']]);
  });

  it('treats an empty map or an empty file as no redirects', () => {
    expect(parseRedirects('resources: {}\n', 'f').resources.size).toBe(0);
    expect(parseRedirects('# nothing yet\n', 'f').resources.size).toBe(0);
    expect(parseRedirects('resources:\n', 'f').problems).toEqual([]);
  });

  it('names the line at fault: an id that is not a permanent id, an unknown key, broken YAML', () => {
    expect(parseRedirects('resources:\n  Old Guide: new-guide\n', 'f').problems[0]?.field).toBe('resources.Old Guide');
    expect(parseRedirects('stages:\n  a: b\n', 'f').problems[0]?.message).toMatch(/Unrecognized key/);
    expect(parseRedirects('resources: [unclosed\n', 'f').problems[0]?.message).toMatch(/not valid YAML/);
  });

  it('reads the real file without problems', () => {
    expect(loadRedirects(join(projectRoot, 'content')).problems).toEqual([]);
  });

  it('treats a missing file as no redirects', () => {
    expect(loadRedirects(mkdtempSync(join(tmpdir(), 'redirects-'))).resources.size).toBe(0);
  });
});

describe('checkRedirects', () => {
  it('accepts a redirect from a free old id to an existing entry', () => {
    expect(checkRedirects(new Map([['old-guide', 'new-guide']]), ids)).toEqual([]);
  });

  it.each([
    ['an old id that still has a file', [['other-guide', 'new-guide']], /still has an entry/],
    ['a target that does not exist', [['old-guide', 'gone-guide']], /not an entry/],
    ['a chain of redirects', [['oldest', 'old-guide'], ['old-guide', 'new-guide']], /itself redirected/],
    ['a redirect to itself', [['new-guide', 'new-guide']], /to itself/],
  ])('reports %s', (_label, pairs, message) => {
    const problems = checkRedirects(new Map(pairs as Array<[string, string]>), ids);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(message);
    expect(problems[0]?.file).toBe('content/redirects.yaml');
  });
});

describe('astroRedirects', () => {
  it('maps resource paths, with the trailing slash the site uses', () => {
    expect(astroRedirects(new Map([['old-guide', 'new-guide']]))).toEqual({ '/resources/old-guide/': '/resources/new-guide/' });
  });
});

describe('a content tree with a redirects file', () => {
  it('is read from <content>/redirects.yaml', () => {
    const root = mkdtempSync(join(tmpdir(), 'redirects-'));
    writeFileSync(join(root, 'redirects.yaml'), 'resources:\n  a-old: a-new\n');
    expect([...loadRedirects(root).resources]).toEqual([['a-old', 'a-new']]);
  });
});
