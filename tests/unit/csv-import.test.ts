import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/editing/content-files';
import {
  decodeSpreadsheet,
  detectDelimiter,
  formatImportProblem,
  IMPORT_COLUMNS,
  importSpreadsheet,
  MAX_CELL_LENGTH,
  normaliseHeader,
  parseDuration,
  parsePlaces,
  type ImportOptions,
  type ImportResult,
} from '../../src/lib/editing/csv-import';
import { resourceSchema } from '../../src/schemas/resource';
import { readFixture } from '../helpers/import-env';

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'list.csv',
  takenIds: new Map(),
  added: '2026-12-01',
  ...overrides,
});

const HEADER = 'type,title,summary,stages,sectors,topics,provenance';
const SUMMARY = 'A practical guide for health departments that want to work with partners on shared goals.';
const row = (title: string, extra = '') => `guide,${title},${SUMMARY},3,public-health,governance,ngo${extra}`;

/** "line → column" pairs, the way an editor reads the report. */
const where = (result: ImportResult) => result.problems.map((problem) => `${problem.line} ${problem.column}`);

describe('importSpreadsheet: good.csv', () => {
  const result = importSpreadsheet(readFixture('good.csv'), options({ fileName: 'good.csv' }));

  it('imports every row, with the spreadsheet line numbers (a three-line cell and a blank line included)', () => {
    expect(result.problems).toEqual([]);
    expect(result.fatal).toBe(false);
    expect(result.rows).toBe(4);
    expect(result.entries.map((entry) => [entry.line, entry.id])).toEqual([
      [2, 'working-with-housing-partners-on-health'],
      [3, 'riverbend-food-access-partnership'],
      [7, 'shared-measurement-quick-guide'],
      [8, '1-partnerships-adding-one-more-sector'],
    ]);
  });

  it('maps labels, numbers and ids through the vocabularies', () => {
    const [webinar, caseStudy] = result.entries;
    expect(webinar?.frontmatter).toMatchObject({
      type: 'webinar',
      stages: ['build-the-alliance', 'organise-and-govern'],
      sectors: ['public-health', 'housing'],
      topics: ['partnership-building', 'housing-and-neighbourhoods'],
      provenance: 'government',
      format: 'video-recording',
      year: 2021,
      durationMinutes: 90,
      certificate: true,
      source: { import: 'good.csv', line: 2 },
      added: '2026-12-01',
    });
    expect(caseStudy?.frontmatter).toMatchObject({
      places: [{ name: 'Riverbend', region: 'Oregon', country: 'United States' }],
      partners: ['Riverbend Clinics', 'North Valley Food Bank'],
    });
  });

  it('writes files that the build reads back to the same data, body included', () => {
    for (const entry of result.entries) {
      const split = splitFrontmatter(entry.text);
      if ('error' in split) throw new Error(split.error);
      expect(resourceSchema.parse(split.frontmatter)).toEqual(resourceSchema.parse(entry.frontmatter));
    }
    expect(result.entries[1]?.text).toContain('The partnership started with one shared referral form.\n\nLater it added');
  });

  it('keeps doubled quotes as one quote', () => {
    expect(result.entries[2]?.frontmatter.title).toBe('A "Quick" Guide to Shared Measurement');
  });
});

describe('importSpreadsheet: semicolon.csv (byte-order mark, Windows line endings)', () => {
  const result = importSpreadsheet(readFixture('semicolon.csv'), options());

  it('detects the semicolon and strips the byte-order mark', () => {
    expect(result.delimiter).toBe(';');
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => entry.line)).toEqual([2, 3]);
  });

  it('reads ; inside a quoted cell as a list, a comma inside a label, and a decimal comma', () => {
    expect(result.entries[0]?.frontmatter).toMatchObject({
      type: 'county-example',
      stages: ['get-ready', 'organise-and-govern'],
      sectors: ['public-health', 'education'],
    });
    expect(result.entries[1]?.frontmatter).toMatchObject({
      type: 'training',
      durationMinutes: 90,
      title: 'Étude de cas : partenariats en santé',
    });
  });
});

describe('importSpreadsheet: bad.csv', () => {
  const result = importSpreadsheet(
    readFixture('bad.csv'),
    options({ fileName: 'bad.csv', takenIds: new Map([['invest-health', 'content/resources/invest-health.md']]) }),
  );

  it('reports each bad row by its line and column, and imports only the good ones', () => {
    expect(where(result)).toEqual([
      '2 stages',
      '3 summary',
      '4 year',
      '5 url',
      '6 duration',
      '7 title',
      '8 type',
      '9 id',
      '11 id',
      '14 sectors',
      '15 ',
    ]);
    expect(result.entries.map((entry) => entry.line)).toEqual([10, 12]);
  });

  it('says what is wrong in words an editor can act on', () => {
    const text = result.problems.map((problem) => formatImportProblem('bad.csv', problem)).join('\n');
    expect(text).toContain('bad.csv line 2 → column "stages": "Stage 9" is not a stage we know; use one of: 1 Get ready');
    expect(text).toContain('bad.csv line 3 → column "summary": must be at least 40 characters');
    expect(text).toContain('bad.csv line 6 → column "duration": only trainings, webinars and podcasts have a duration');
    expect(text).toContain('bad.csv line 9 → column "id": "invest-health" is already taken (content/resources/invest-health.md)');
    expect(text).toContain('bad.csv line 11 → column "id": "shared-tables-for-health" is also the id of line 10');
    expect(text).toContain('bad.csv line 15: has 12 cells but the header names 11 columns');
  });
});

describe('importSpreadsheet: hostile.csv', () => {
  const result = importSpreadsheet(readFixture('hostile.csv'), options());

  it('imports nothing', () => {
    expect(result.entries).toEqual([]);
    expect(result.rows).toBe(14);
  });

  it('refuses formulas, HTML, script links, hidden characters and paths, each on its own line and column', () => {
    expect(where(result)).toEqual([
      '2 url',
      '3 title',
      '4 summary',
      '5 publisher',
      '6 title',
      '7 url',
      '8 url',
      '9 body',
      '10 body',
      '11 body',
      '12 title',
      '13 title',
      '14 id',
      '15 summary',
    ]);
    expect(result.problems[0]?.message).toMatch(/looks like a spreadsheet formula; formulas are never run or trusted.*the address itself/);
  });

  it('never echoes a control character into a message', () => {
    for (const problem of result.problems) expect(problem.message).not.toMatch(/[\u0000-\u001f\u202e]/);
  });
});

describe('importSpreadsheet: the whole file', () => {
  it('stops on an unknown, repeated or missing column, naming it (nothing imported)', () => {
    const unknown = importSpreadsheet(`${HEADER},colour\n${row('A Guide')},blue\n`, options());
    expect(unknown.fatal).toBe(true);
    expect(unknown.problems[0]?.message).toMatch(/"colour" \(column 8\) is not a column we know/);
    const repeated = importSpreadsheet(`${HEADER},Title\n`, options());
    expect(repeated.problems[0]?.message).toBe('the column "title" appears twice');
    const missing = importSpreadsheet('type,title\nguide,A Guide\n', options());
    expect(missing.problems.map((problem) => problem.column)).toEqual(['summary', 'stages', 'sectors', 'topics', 'provenance']);
  });

  it('accepts header names in any case, spacing or camelCase', () => {
    expect(normaliseHeader('Duration (minutes)')).toBe(normaliseHeader('durationMinutes'));
    const result = importSpreadsheet(`TYPE,Title ,summary,Stages,SECTORS,topics,Kind of publisher\n${row('A Guide')}\n`, options());
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(1);
  });

  it('every documented column is accepted in a header', () => {
    const header = IMPORT_COLUMNS.map((column) => column.name).join(',');
    expect(importSpreadsheet(`${header}\n`, options()).problems).toEqual([]);
  });

  it('explains a quote that is never closed, and an empty file', () => {
    const broken = importSpreadsheet(`${HEADER}\n${row('"Unclosed')}\n`, options());
    expect(broken.fatal).toBe(true);
    expect(broken.problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/never closed/) });
    // A quote left open swallows the rows below until the next quote: refused, naming the line it opened on.
    const swallowed = importSpreadsheet(`${HEADER}\n${row('"Unclosed')}\n${row('Second')}\n${row('"Third"')}\n`, options());
    expect(swallowed.fatal).toBe(true);
    expect(swallowed.entries).toEqual([]);
    expect(swallowed.problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/not closed before line 4/) });
    expect(importSpreadsheet('', options()).problems[0]?.message).toMatch(/empty/);
  });

  it('skips rows whose cells are all empty, without counting them', () => {
    const result = importSpreadsheet(`${HEADER}\n,,,,,,\n${row('A Guide')}\n  ,  , \n`, options());
    expect(result.rows).toBe(1);
    expect(result.entries.map((entry) => entry.line)).toEqual([3]);
  });

  it('refuses an id that another row, an existing entry or an old, renamed id holds', () => {
    const text = `${HEADER},id\n${row('One')},one-guide\n${row('Two')},one-guide\n${row('Three')},old-name\n`;
    const result = importSpreadsheet(
      text,
      options({ takenIds: new Map([['old-name', 'an old id, moved to /resources/new-name/ in content/redirects.json']]) }),
    );
    expect(where(result)).toEqual(['3 id', '4 id']);
    expect(result.problems[0]?.message).toMatch(/"one-guide" is also the id of line 2/);
    expect(result.problems[1]?.message).toMatch(/already taken \(an old id, moved to/);
    expect(result.entries.map((entry) => entry.id)).toEqual(['one-guide']);
  });

  it('asks for an id when the title has no Latin letters', () => {
    const result = importSpreadsheet(`${HEADER}\n${row('健康合作')}\n`, options());
    expect(result.problems).toEqual([{ line: 2, column: 'title', message: expect.stringMatching(/add an "id" column/) }]);
  });

  it('refuses a cell longer than the limit', () => {
    const result = importSpreadsheet(`${HEADER},body\n${row('A Guide')},${'x'.repeat(MAX_CELL_LENGTH + 1)}\n`, options());
    expect(result.problems[0]).toMatchObject({ line: 2, column: 'body', message: expect.stringMatching(/the most a cell may hold/) });
  });

  it('still checks the other cells when the type cannot be read', () => {
    const result = importSpreadsheet(`${HEADER}\nBlog,A Guide,Too short.,3,public-health,governance,ngo\n`, options());
    expect(where(result)).toEqual(['2 type', '2 summary']);
  });

  it('reports a place without a country and a date in the wrong form', () => {
    const result = importSpreadsheet(
      `${HEADER},place,last checked\ncase study,A Case,${SUMMARY},3,public-health,governance,ngo,Dakar,23/11/2026\n`,
      options(),
    );
    expect(where(result).sort()).toEqual(['2 last checked', '2 place']);
  });

  it('records only the file name, never its folders, as the source', () => {
    const result = importSpreadsheet(`${HEADER}\n${row('A Guide')}\n`, options({ fileName: 'list.csv' }));
    expect(result.entries[0]?.frontmatter.source).toEqual({ import: 'list.csv', line: 2 });
  });
});

describe('cell readers', () => {
  it.each([
    ['45', 45],
    ['45 min', 45],
    ['90 minutes', 90],
    ['1.5 hours', 90],
    ['1,5 h', 90],
    ['1 h 30', 90],
    ['2h15m', 135],
    ['1:30', 90],
  ])('reads the duration %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: minutes });
  });

  it('refuses a duration it cannot read', () => {
    expect(parseDuration('about an hour').ok).toBe(false);
  });

  it('reads places with and without a region, several at once', () => {
    expect(parsePlaces('Kern County, California, United States | Dakar, Senegal')).toEqual({
      ok: true,
      value: [
        { name: 'Kern County', region: 'California', country: 'United States' },
        { name: 'Dakar', country: 'Senegal' },
      ],
    });
  });
});

describe('reading the file', () => {
  it('detects comma, semicolon and tab from the header row', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('\uFEFFa;b;c\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc,d\n')).toBe('\t');
  });

  it('decodes UTF-8 with or without a byte-order mark, and UTF-16 from "Unicode text"', () => {
    const text = 'type,title\nguide,Café';
    expect(decodeSpreadsheet(new TextEncoder().encode(text))).toEqual({ text });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    expect(decodeSpreadsheet(utf16)).toEqual({ text });
  });

  it('explains a file that is not UTF-8 (a legacy Excel "CSV")', () => {
    const latin1 = new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9]);
    expect(decodeSpreadsheet(latin1)).toEqual({ error: expect.stringMatching(/CSV UTF-8/) });
  });

  it('imports a tab-separated file', () => {
    const text = `${HEADER.replaceAll(',', '\t')}\n${row('A Tabbed Guide').replaceAll(',', '\t')}\n`;
    const result = importSpreadsheet(text, options());
    expect(result.delimiter).toBe('\t');
    expect(result.entries[0]?.id).toBe('tabbed-guide');
  });
});
