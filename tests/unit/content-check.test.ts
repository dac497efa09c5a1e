import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validGuideFile } from '../helpers/resource-input';
import { checkContent, linkFileIds, takenResourceIds } from '../../src/lib/editing/content-check';
import { makeContentRoot } from '../helpers/content-root';

const validGuide = validGuideFile('{ editor: true }');

describe('checkContent', () => {
  it('passes a consistent tree and reports schema and integrity problems together', () => {
    const good = makeContentRoot({ 'field-guide.md': validGuide });
    expect(checkContent(good, good).problems).toEqual([]);
    const bad = makeContentRoot({
      'field-guide.md': validGuide.replace('The body.', 'REPLACE THIS PARAGRAPH: …'),
      'broken.md': validGuide.replace('stages: [get-ready]', 'stages: []'),
    });
    expect(
      checkContent(bad, bad)
        .problems.map((problem) => `${problem.file} ${problem.field}`)
        .sort(),
    ).toEqual(['resources/broken.md stages', 'resources/field-guide.md body']);
  });
});

describe('takenResourceIds', () => {
  it('holds every resource file, valid or not, by id', () => {
    const root = makeContentRoot({ 'field-guide.md': validGuide, 'not-valid.md': 'no frontmatter' });
    expect([...takenResourceIds(root, root).keys()].sort()).toEqual(['field-guide', 'not-valid']);
  });

  it('holds the old ids of moved and retired entries from the links work’s files, when they exist', () => {
    const root = makeContentRoot({ 'field-guide.md': validGuide });
    writeFileSync(
      join(root, 'redirects.json'),
      JSON.stringify({
        moved: [
          { from: '/resources/old-guide/', to: '/resources/field-guide/', since: '2027-01-01', why: 'Renamed.' },
          { from: '/stages/x/#step-a', to: '/stages/x/#step-b' },
        ],
      }),
    );
    writeFileSync(
      join(root, 'retired.json'),
      JSON.stringify({ retired: [{ path: '/resources/gone-guide/', title: 'Gone', since: '2027-01-01', why: 'Withdrawn.' }] }),
    );
    const taken = takenResourceIds(root, root);
    expect(taken.get('old-guide')).toMatch(/moved to \/resources\/field-guide\/ in content\/redirects\.json/);
    expect(taken.get('gone-guide')).toMatch(/retired/);
    expect(taken.has('x')).toBe(false);
  });

  it('ignores link files that are missing or malformed (the links work reports those itself)', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-check-'));
    mkdirSync(join(root, 'resources'));
    writeFileSync(join(root, 'redirects.json'), '{ not json');
    expect(linkFileIds(root).size).toBe(0);
  });
});
