/** The editors' guide stays true to the code: every import column documented, every command real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../src/lib/editing/csv-import';
import { projectRoot } from '../helpers/content-root';

const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const scripts = Object.keys(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>);

describe('CONTRIBUTING.md', () => {
  it('has a row in its column table for every column the importer reads, saying whether it is needed', () => {
    for (const column of IMPORT_COLUMNS) {
      expect(guide, column.name).toMatch(new RegExp(`^\\| \`${column.name}\` \\| ${column.required ? 'yes' : 'no'} \\|`, 'm'));
    }
  });

  it('documents no column the importer does not read', () => {
    const documented = [...guide.matchAll(/^\| `([a-z ]+)` \| (?:yes|no) \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(IMPORT_COLUMNS.map((column) => column.name).sort());
  });

  it('mentions only npm commands that exist', () => {
    const mentioned = new Set([...guide.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1] as string));
    // `links:assign` belongs to the links work; the guide says what happens in a copy without it.
    const fromLinksWork = new Set(['links:assign']);
    expect([...mentioned].filter((name) => !scripts.includes(name) && !fromLinksWork.has(name))).toEqual([]);
    for (const name of ['new', 'import', 'check', 'dev']) expect(mentioned.has(name), name).toBe(true);
  });

  it('covers adding, importing, editing, renaming, retiring, checking and previewing', () => {
    for (const heading of ['Add one entry', 'Import a spreadsheet', 'Short links', 'Edit an entry', 'Rename an entry', 'Retire an entry', 'Check before publishing', 'Preview your changes']) {
      expect(guide).toMatch(new RegExp(`^## ${heading}`, 'm'));
    }
  });
});
