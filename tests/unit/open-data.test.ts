import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FIELDS, csvCell, openDataRecord, toCsv } from '../../src/lib/site/open-data';
import { resourceSchema } from '../../src/schemas/resource';
import { caseStudyInput } from '../helpers/resource-input';

describe('CSV cells', () => {
  it('neutralise anything a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('quote commas, quotes, line breaks and outer spaces, and leave plain text alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('Família & Co')).toBe('Família & Co');
    expect(csvCell(null)).toBe('');
    expect(csvCell(2023)).toBe('2023');
    expect(csvCell(false)).toBe('false');
  });
});

describe('records', () => {
  // The schema refuses a formula in a title; the export still defuses one, should any field carry it.
  const data = {
    ...resourceSchema.parse(
      caseStudyInput({
        places: [
          { name: 'Kern County', region: 'California', country: 'United States' },
          { name: 'Portugal', country: 'Portugal' },
        ],
        partners: ['A & B', 'C; D'],
      }),
    ),
    title: '=cmd|"/C calc"!A0, the "title"',
  };
  const record = openDataRecord('x', data, '\nBody with a comma, and "quotes".\n', {
    permalink: 'https://site/resources/x/',
    shortLink: 'https://site/r/bbbb/',
  });

  it('carry every documented field, and nothing undocumented', () => {
    const names = OPEN_DATA_FIELDS.map((field) => field.name.split('.')[0]!);
    expect(Object.keys(record)).toEqual([...new Set(names)]);
  });

  it('document every field of every resource type in the schema', () => {
    const schemaFields = new Set(resourceSchema.options.flatMap((option) => Object.keys(option.shape)));
    const documented = new Set(OPEN_DATA_FIELDS.map((field) => field.name.split('.')[0]!));
    expect([...schemaFields].filter((field) => !documented.has(field))).toEqual([]);
  });

  it('survive a round trip through a real CSV parser, formula neutralised', () => {
    const csv = toCsv([record, record]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toEqual(OPEN_DATA_FIELDS.map((field) => field.name));
    expect(rows[0]!.title).toBe(`'=cmd|"/C calc"!A0, the "title"`);
    expect(rows[0]!.places).toBe('Kern County, California, United States; Portugal');
    expect(rows[0]!.partners).toBe('A & B; C; D');
    expect(rows[0]!.body).toBe('Body with a comma, and "quotes".');
    expect(rows[0]!['source.kind']).toBe('seed');
    expect(rows[0]!['source.seed']).toBe(data.source.kind === 'seed' ? data.source.seed : '');
    expect(rows[0]!['source.line']).toBe('');
    expect(rows[0]!.durationMinutes).toBe('');
  });
});
