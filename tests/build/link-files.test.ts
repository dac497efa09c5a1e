/**
 * The build refuses link files that would break published links, before it writes anything,
 * naming the file at fault (the checks themselves are unit-tested in tests/unit/redirects.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureSite, makeContentRoot, projectRoot } from '../helpers/content-root';

const resource = readFileSync(join(projectRoot, 'content/resources/art-and-public-health.md'), 'utf8');

function buildWith(files: Record<string, unknown>): { status: number | null; output: string } {
  const root = makeContentRoot({ 'art-and-public-health.md': resource });
  for (const [name, value] of Object.entries(files))
    writeFileSync(join(root, name), typeof value === 'string' ? value : JSON.stringify(value));
  return buildFixtureSite(root);
}

describe('the build refuses link files that would break links', () => {
  it('a move away from a live page', () => {
    const { status, output } = buildWith({
      'redirects.json': {
        moved: [
          { from: '/resources/art-and-public-health/', to: '/stages/get-ready/', since: '2027-01-01', why: 'Would hide a live page.' },
        ],
      },
    });
    expect(status).not.toBe(0);
    expect(output).toContain('redirects.json: /resources/art-and-public-health/ is a live page');
  });

  it('a short link to an entry that does not exist', () => {
    const { status, output } = buildWith({ 'short-links.json': { codes: { bbbb: 'resource:no-such-entry' } } });
    expect(status).not.toBe(0);
    expect(output).toContain('short-links.json: /r/bbbb/ (resource:no-such-entry) leads to /resources/no-such-entry/');
  });

  it('a malformed file, naming the field', () => {
    const { status, output } = buildWith({
      'retired.json': { retired: [{ path: 'resources/x', title: 'X', since: '2027-01-01', why: 'Malformed path here.' }] },
    });
    expect(status).not.toBe(0);
    expect(output).toContain('retired.json → field "retired.0.path"');
  });

  it('a recorded address that the content would drop (a year page), saying which file to edit', () => {
    const { status, output } = buildWith({ 'url-manifest.json': { pages: { '/years/1901/': [] }, files: [] } });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /url-manifest\.json: \/years\/1901\/ is recorded as published but the build would no longer serve it; .*content\/redirects\.json.*content\/retired\.json/,
    );
  });

  it('a recorded anchor that only the built pages can show is gone (checked after the build)', () => {
    const { status, output } = buildWith({ 'url-manifest.json': { pages: { '/about/': ['no-such-heading'] }, files: [] } });
    expect(status).not.toBe(0);
    expect(output).toContain('content/url-manifest.json: the anchor /about/#no-such-heading no longer leads anywhere');
  });
});
