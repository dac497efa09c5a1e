/**
 * Turns a spreadsheet of resources (CSV, comma or semicolon separated, or tab separated) into
 * entries, validating every row with the same schema the build uses (src/schemas/resource.ts).
 * Pure: it reads text and returns entries and problems; scripts/import.ts writes the files.
 *
 * Line numbers are the spreadsheet's own (the header is line 1), counted from the raw text, so they
 * stay right when a quoted cell runs over several lines. Nothing in a cell is ever evaluated:
 * a cell that looks like a spreadsheet formula (=HYPERLINK(…), +SUM(…), @cmd|…), HTML or hidden
 * control characters is refused (src/lib/model/input-hygiene.ts).
 */
import { parse } from 'csv-parse/sync';
import { resourceSchema } from '../../schemas/resource';
import { findUnsafeMarkdown } from './body-rules';
import { entryFileText } from './entry-writer';
import { idFromTitle, idProblem } from './ids';
import { isRealDate } from '../model/value-rules';
import { looksLikeFormula, textProblem, unsafeLinkSchemes } from '../model/input-hygiene';
import { FACET_REGISTRY } from '../catalogue/facet-registry';
import { matchList, matchTerm, quoted, splitList, VOCABULARIES, type Match } from '../catalogue/vocabulary-match';
import { MEDIA_TYPES, PLACE_TYPES, RESOURCE_TYPE_TERMS, type ResourceType } from '../model/vocabularies';

/** More rows than this is almost certainly the wrong file; the importer stops rather than guess. */
export const MAX_ROWS = 50_000;
/** Longest cell accepted (a body of several paragraphs fits easily). */
export const MAX_CELL_LENGTH = 20_000;

export interface ImportColumn {
  /** The column's name in the header row (any letter case; spaces, hyphens or camelCase all work). */
  name: string;
  /** Other header names accepted for it. */
  aliases: readonly string[];
  /** Must the header have this column? */
  required: boolean;
  /** One line for the documentation. */
  description: string;
  /** An example cell. */
  example: string;
}

/** Every column the importer reads, in the order the documentation lists them. */
export const IMPORT_COLUMNS = [
  {
    name: 'type',
    aliases: ['resource type', 'kind'],
    required: true,
    description: 'The kind of resource, by name or id: Guide, Webinar, Case study, county-example…',
    example: 'Webinar',
  },
  {
    name: 'title',
    aliases: [],
    required: true,
    description: 'The title as published.',
    example: 'Fostering Community Partnerships to Advance Health Equity',
  },
  {
    name: 'summary',
    aliases: ['description'],
    required: true,
    description: 'One to three sentences in your own words (40 to 420 characters).',
    example: 'A recorded session on…',
  },
  {
    name: 'stages',
    aliases: ['stage'],
    required: true,
    description: 'Stages by name, id or number; several separated by | or ; (the first is the main stage).',
    example: 'Build the alliance | 5',
  },
  {
    name: 'sectors',
    aliases: ['sector'],
    required: true,
    description: 'Partner sectors by name or id; several separated by | or ;.',
    example: 'Public health | Housing',
  },
  {
    name: 'topics',
    aliases: ['topic'],
    required: true,
    description: 'Topics by name or id; several separated by | or ;.',
    example: 'Health equity; partnership-building',
  },
  {
    name: 'provenance',
    aliases: ['kind of publisher', 'publisher kind'],
    required: true,
    description:
      'The kind of publisher: Government, Academic, Non-profit, Foundation, Coalition, Professional body, Company, Unattributed web article, or Publisher not confirmed.',
    example: 'Government',
  },
  {
    name: 'format',
    aliases: [],
    required: false,
    description: 'Its form, by name or id: Web page, PDF document, Video recording…',
    example: 'Video recording',
  },
  {
    name: 'audience',
    aliases: ['audiences'],
    required: false,
    description: 'Who it is for; several separated by | or ;.',
    example: 'Practitioners | Leaders',
  },
  {
    name: 'publisher',
    aliases: [],
    required: false,
    description: 'Who published it, only when you know.',
    example: 'Alameda County Public Health Department',
  },
  {
    name: 'publisher inferred',
    aliases: [],
    required: false,
    description: 'yes when the publisher is your best inference rather than confirmed.',
    example: 'no',
  },
  {
    name: 'year',
    aliases: ['published'],
    required: false,
    description: 'Year of publication, four digits, only when a source gives it.',
    example: '2019',
  },
  {
    name: 'url',
    aliases: ['link', 'address', 'web address'],
    required: false,
    description: 'A checked http:// or https:// address of the resource itself. Never a formula.',
    example: 'https://example.org/resource',
  },
  {
    name: 'duration',
    aliases: ['duration minutes', 'minutes'],
    required: false,
    description: 'Trainings, webinars and podcasts only: length in minutes ("45", "90 min", "1.5 hours", "1:30").',
    example: '60',
  },
  { name: 'certificate', aliases: [], required: false, description: 'Trainings, webinars and podcasts only: yes or no.', example: 'yes' },
  {
    name: 'place',
    aliases: ['places'],
    required: false,
    description:
      'Case studies, county examples and initiatives only: "Name, Region, Country" or "Name, Country"; several separated by | or ;.',
    example: 'Kern County, California, United States',
  },
  {
    name: 'partners',
    aliases: ['partner'],
    required: false,
    description: 'Case studies, county examples and initiatives only: partner organisations, separated by | or ;.',
    example: 'County health department | Local housing trust',
  },
  {
    name: 'financing',
    aliases: [],
    required: false,
    description: 'Case studies, county examples and initiatives only: the financing mechanism.',
    example: 'Social impact bond',
  },
  {
    name: 'last checked',
    aliases: [],
    required: false,
    description: 'When you last checked the facts and link, as YYYY-MM-DD.',
    example: '2026-11-20',
  },
  {
    name: 'id',
    aliases: ['permanent id'],
    required: false,
    description: 'The permanent id (file name and URL). Leave empty to make it from the title.',
    example: 'fostering-community-partnerships-health-equity',
  },
  {
    name: 'body',
    aliases: ['about', 'notes'],
    required: false,
    description: 'Optional paragraphs about the resource, plain Markdown (no HTML).',
    example: 'What is inside, who it suits…',
  },
] as const satisfies readonly ImportColumn[];

export type ColumnName = (typeof IMPORT_COLUMNS)[number]['name'];

/** Where a schema field is written in the spreadsheet, for messages. */
const FIELD_COLUMN: Record<string, ColumnName> = {
  durationMinutes: 'duration',
  places: 'place',
  publisherInferred: 'publisher inferred',
  lastChecked: 'last checked',
};

export interface ImportProblem {
  /** Spreadsheet line (header = 1). */
  line: number;
  /** The column at fault, or "" for the whole row or file. */
  column: string;
  message: string;
}

export interface ImportedEntry {
  line: number;
  id: string;
  /** The frontmatter as written. */
  frontmatter: Record<string, unknown>;
  /** The file's whole text. */
  text: string;
}

export interface AlreadyImported {
  line: number;
  id: string;
  file: string;
}

export interface ImportResult {
  /** The separator detected in the header row. */
  delimiter: ',' | ';' | '\t';
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Rows that passed every check, ready to write. */
  entries: ImportedEntry[];
  problems: ImportProblem[];
  /** True when the file as a whole could not be read (bad header, broken quoting): no row was imported. */
  fatal: boolean;
  /** Rows this spreadsheet already imported (same file name, same id): reported, left as they are. */
  alreadyImported: AlreadyImported[];
}

export interface ImportOptions {
  /** The spreadsheet's file name, recorded in each entry's source (folders are dropped). */
  fileName: string;
  /** Ids already taken: existing files (valid or not) and old ids kept by a rename or retirement. Value: why ("content/resources/x.md"). */
  takenIds: ReadonlyMap<string, string>;
  /** The date recorded as `added`, YYYY-MM-DD. */
  added: string;
  /** Entries already imported from a spreadsheet, by id: which file and line, and the entry's file. */
  previousImports?: ReadonlyMap<string, PreviousImport>;
}

export interface PreviousImport {
  import: string;
  line: number;
  /** The entry's file, for messages ("content/resources/x.md"). */
  file: string;
}

/* ---------- reading the text ---------- */

/** Reads the bytes of a file as text: UTF-8 (with or without a byte-order mark) or UTF-16 as Excel's "Unicode text" saves it. */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) };
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    if (bytes.includes(0))
      return { error: 'holds NUL bytes, so it is not a text file; in your spreadsheet program choose "CSV UTF-8" when saving' };
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'is not saved as UTF-8 text; in your spreadsheet program choose "CSV UTF-8" when saving' };
  }
}

/**
 * UTF-16 saved without its byte-order mark: mostly-Latin text then has a NUL byte beside every
 * character, at odd offsets (little-endian) or even ones (big-endian).
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * A quoted cell whose quotes do not balance: one opened and never closed (it would swallow the rows
 * below it), or closed and followed by more text. The parser is lenient about stray quotes inside
 * unquoted cells (5" screen), so this is checked first, naming the line where the cell starts.
 */
export function unbalancedQuote(text: string, delimiter: string): { line: number; message: string } | undefined {
  let line = 1;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fieldStart = true;
  while (index < text.length) {
    const char = text[index];
    if (fieldStart && char === '"') {
      const openedOn = line;
      index += 1;
      for (;;) {
        if (index >= text.length)
          return {
            line: openedOn,
            message:
              'a cell opens with a quote (") that is never closed, so every row below it would be read into that cell; close the quote or remove it',
          };
        const inner = text[index];
        if (inner === '\n') line += 1;
        if (inner === '\r' && text[index + 1] !== '\n') line += 1;
        if (inner === '"') {
          if (text[index + 1] === '"') {
            index += 2;
            continue;
          }
          const after = text[index + 1];
          if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
            return {
              line: openedOn,
              message:
                line > openedOn
                  ? `the quote (") that opens a cell on this line is not closed before line ${line}, so the rows between would be read into one cell; close the quote or remove it`
                  : 'a quoted cell is closed and then followed by more text; a quote inside a quoted cell is written twice ("")',
            };
          }
          index += 1;
          break;
        }
        index += 1;
      }
      fieldStart = false;
      continue;
    }
    if (char === delimiter) fieldStart = true;
    else if (char === '\n' || char === '\r') {
      if (char === '\n' || text[index + 1] !== '\n') line += 1;
      fieldStart = true;
    } else fieldStart = false;
    index += 1;
  }
  return undefined;
}

/** The separator of the header row: whichever of tab, semicolon and comma it uses most (comma on a tie). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (char: string) => header.split(char).length - 1;
  const [tabs, semicolons, commas] = [count('\t'), count(';'), count(',')];
  if (tabs > semicolons && tabs > commas) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

const LINE_BREAK = /\r\n|\r|\n/g;
const countLineBreaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/** Header names compare without case, spacing, punctuation or camelCase ("Duration (minutes)" = "durationMinutes"). */
export function normaliseHeader(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const COLUMN_BY_HEADER = new Map<string, ColumnName>(
  IMPORT_COLUMNS.flatMap((column) => [column.name, ...column.aliases].map((name) => [normaliseHeader(name), column.name] as const)),
);

/* ---------- cells ---------- */

type Cells = Partial<Record<ColumnName, string>>;

function yesNo(text: string): Match<boolean> {
  const value = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(value)) return { ok: true, value: true };
  if (['no', 'n', 'false', '0'].includes(value)) return { ok: true, value: false };
  return { ok: false, message: `${quoted(text)} must be yes or no` };
}

/** Minutes from "45", "45 min", "1.5 hours", "1 h 30", "1:30". */
export function parseDuration(text: string): Match<number> {
  const value = text.trim().toLowerCase();
  let minutes: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d+)\s*(?:m|min|mins|minutes?)?$/.exec(value))) minutes = Number(match[1]);
  else if ((match = /^(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?)$/.exec(value)))
    minutes = Math.round(Number((match[1] ?? '').replace(',', '.')) * 60);
  else if ((match = /^(\d+)\s*(?:h|hr|hrs|hours?)\s*(\d+)\s*(?:m|min|mins|minutes?)?$/.exec(value)))
    minutes = Number(match[1]) * 60 + Number(match[2]);
  else if ((match = /^(\d+):([0-5]\d)$/.exec(value))) minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes === undefined) return { ok: false, message: `${quoted(text)} is not a duration; write the minutes, e.g. 45 or "90 min"` };
  return { ok: true, value: minutes };
}

/** Places from "Kern County, California, United States | Dakar, Senegal". */
export function parsePlaces(text: string): Match<Array<{ name: string; region?: string; country: string }>> {
  const places: Array<{ name: string; region?: string; country: string }> = [];
  for (const part of splitList(text)) {
    const pieces = part
      .split(',')
      .map((piece) => piece.trim())
      .filter((piece) => piece.length > 0);
    if (pieces.length < 2)
      return {
        ok: false,
        message: `${quoted(part)} needs a name and a country, e.g. "Dakar, Senegal" or "Kern County, California, United States"`,
      };
    const country = pieces.pop() as string;
    const region = pieces.length >= 2 ? (pieces.pop() as string) : undefined;
    places.push({ name: pieces.join(', '), ...(region ? { region } : {}), country });
  }
  return { ok: true, value: places };
}

/** Text of one line: runs of spaces and line breaks become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const MEDIA_ONLY: readonly ColumnName[] = ['duration', 'certificate'];
const PLACE_ONLY: readonly ColumnName[] = ['place', 'partners', 'financing'];
const typeList = (types: readonly ResourceType[]) => {
  const names = types.map((type) => RESOURCE_TYPE_TERMS[type].plural.toLowerCase());
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

/** Builds the frontmatter of one row; conversion problems are returned by column. */
function rowFrontmatter(
  cells: Cells,
  options: ImportOptions,
  line: number,
): { frontmatter: Record<string, unknown>; body: string; errors: Map<string, string> } {
  const errors = new Map<string, string>();
  const frontmatter: Record<string, unknown> = {};
  const take = <T>(column: ColumnName, field: string, read: (text: string) => Match<T>) => {
    const text = cells[column];
    if (text === undefined) return;
    const result = read(text);
    if (result.ok) frontmatter[field] = result.value;
    else errors.set(column, result.message);
  };
  const text = (value: string): Match<string> => ({ ok: true, value: oneLine(value) });

  // Each facet held in a vocabulary field is read from the column of the same name (the facet registry).
  for (const { source } of FACET_REGISTRY) {
    if (source.kind !== 'vocabulary') continue;
    const vocabulary = VOCABULARIES[source.vocabulary];
    take<string | string[]>(source.field as ColumnName, source.field, (value): Match<string | string[]> =>
      'multiple' in source ? matchList(vocabulary, value) : matchTerm(vocabulary, value),
    );
  }
  take('title', 'title', text);
  take('summary', 'summary', text);
  take('audience', 'audience', (value) => matchList(VOCABULARIES.audience, value));
  take('publisher', 'publisher', text);
  take('publisher inferred', 'publisherInferred', yesNo);
  take('year', 'year', (value) =>
    /^\d{4}$/.test(value.trim())
      ? { ok: true, value: Number(value) }
      : { ok: false, message: `${quoted(value)} is not a year; write four digits, e.g. 2019` },
  );
  take('url', 'url', (value) => ({ ok: true, value: value.trim() }));
  take('duration', 'durationMinutes', parseDuration);
  take('certificate', 'certificate', yesNo);
  take('place', 'places', parsePlaces);
  take('partners', 'partners', (value) => ({ ok: true, value: splitList(value).map(oneLine) }));
  take('financing', 'financing', text);
  take('last checked', 'lastChecked', (value) =>
    isRealDate(value.trim())
      ? { ok: true, value: value.trim() }
      : { ok: false, message: `${quoted(value)} is not a real date written as YYYY-MM-DD` },
  );

  // Fields that only some types carry: say so plainly rather than let the schema call them unknown keys.
  const type = frontmatter.type as ResourceType | undefined;
  if (type) {
    for (const column of MEDIA_ONLY) {
      if (cells[column] !== undefined && !(MEDIA_TYPES as readonly string[]).includes(type)) {
        errors.set(
          column,
          `only ${typeList(MEDIA_TYPES)} have a ${column}; leave it empty for a ${RESOURCE_TYPE_TERMS[type].label.toLowerCase()}`,
        );
        delete frontmatter[column === 'duration' ? 'durationMinutes' : column];
      }
    }
    for (const column of PLACE_ONLY) {
      if (cells[column] !== undefined && !(PLACE_TYPES as readonly string[]).includes(type)) {
        errors.set(
          column,
          `only ${typeList(PLACE_TYPES)} have ${column === 'place' ? 'places' : column}; leave it empty for a ${RESOURCE_TYPE_TERMS[type].label.toLowerCase()}`,
        );
        delete frontmatter[column === 'place' ? 'places' : column];
      }
    }
  }

  for (const column of IMPORT_COLUMNS) {
    if (column.required && cells[column.name] === undefined) errors.set(column.name, 'is empty, and every resource needs it');
  }

  frontmatter.source = { import: options.fileName, line };
  frontmatter.added = options.added;

  // The body: the build's own Markdown rules, plus links whose scheme hides behind character references.
  const body = (cells.body ?? '').replace(/\r\n?/g, '\n').trim();
  const bodyIssues = [
    ...findUnsafeMarkdown(body).map((problem) => `line ${problem.line} of the cell: ${problem.message}`),
    ...unsafeLinkSchemes(body).map((scheme) => `links to a "${scheme}:" address; links may only use http, https or mailto`),
  ];
  if (bodyIssues.length > 0) errors.set('body', [...new Set(bodyIssues)].join('; '));
  return { frontmatter, body, errors };
}

/** A type that accepts the row's type-specific fields, used only to check the other cells when the type is unreadable. */
function standInType(frontmatter: Record<string, unknown>): ResourceType {
  if ('durationMinutes' in frontmatter || 'certificate' in frontmatter) return 'webinar';
  if ('places' in frontmatter || 'partners' in frontmatter || 'financing' in frontmatter) return 'case-study';
  return 'guide';
}

/* ---------- the whole file ---------- */

interface RawRow {
  line: number;
  cells: string[];
}

/** Parses the text into rows with their starting line numbers; throws csv-parse's error on broken quoting. */
function readRows(text: string, delimiter: string): RawRow[] {
  const records = parse(text, {
    bom: true,
    delimiter,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as Array<{ record: string[]; raw: string }>;
  const rows: RawRow[] = [];
  let linesBefore = 0;
  for (const { record, raw } of records) {
    // The raw text may begin with blank lines the parser skipped; the record starts after them.
    const leading = /^(?:\r\n|\r|\n)*/.exec(raw)?.[0] ?? '';
    rows.push({ line: linesBefore + countLineBreaks(leading) + 1, cells: record });
    linesBefore += countLineBreaks(raw);
  }
  return rows;
}

function fatal(delimiter: ImportResult['delimiter'], problems: ImportProblem[]): ImportResult {
  return { delimiter, rows: 0, entries: [], problems, fatal: true, alreadyImported: [] };
}

/** Reads the header row: which column each position holds, or the problems that stop the import. */
function readHeader(cells: readonly string[]): { columns: Array<ColumnName | undefined>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columns: Array<ColumnName | undefined> = [];
  const seen = new Set<ColumnName>();
  cells.forEach((cell, index) => {
    const header = cell.trim();
    if (header === '') {
      columns.push(undefined);
      return;
    }
    const column = COLUMN_BY_HEADER.get(normaliseHeader(header));
    if (!column) {
      problems.push({
        line: 1,
        column: header,
        message: `${quoted(header)} (column ${index + 1}) is not a column we know; the columns are: ${IMPORT_COLUMNS.map((known) => known.name).join(', ')}`,
      });
    } else if (seen.has(column)) {
      problems.push({ line: 1, column, message: `the column "${column}" appears twice` });
    } else seen.add(column);
    columns.push(column);
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !seen.has(column.name))
      problems.push({ line: 1, column: column.name, message: `the header row has no "${column.name}" column, which every resource needs` });
  }
  return { columns, problems };
}

/** Validates every row of a spreadsheet and returns the entries to write and the problems to report. */
export function importSpreadsheet(text: string, options: ImportOptions): ImportResult {
  const delimiter = detectDelimiter(text);
  const quote = unbalancedQuote(text, delimiter);
  if (quote) return fatal(delimiter, [{ line: quote.line, column: '', message: quote.message }]);
  let rows: RawRow[];
  try {
    rows = readRows(text, delimiter);
  } catch (error) {
    const { message, lines } = error as { message: string; lines?: number };
    return fatal(delimiter, [
      {
        line: lines ?? 1,
        column: '',
        message: `the file cannot be read as a spreadsheet: ${message}. Check that every opening quote (") has a closing one`,
      },
    ]);
  }
  const [header, ...data] = rows;
  if (!header) return fatal(delimiter, [{ line: 1, column: '', message: 'the file is empty; it needs a header row naming the columns' }]);
  if (data.length > MAX_ROWS)
    return fatal(delimiter, [
      { line: 1, column: '', message: `the file has ${data.length} rows; split it into files of at most ${MAX_ROWS}` },
    ]);
  const { columns, problems: headerProblems } = readHeader(header.cells);
  if (headerProblems.length > 0) return fatal(delimiter, headerProblems);

  const problems: ImportProblem[] = [];
  const entries: ImportedEntry[] = [];
  const alreadyImported: AlreadyImported[] = [];
  const idLines = new Map<string, number>();
  // Lines of this spreadsheet that earlier imports already turned into entries.
  const linesTaken = new Map<number, PreviousImport>();
  for (const previous of options.previousImports?.values() ?? [])
    if (previous.import === options.fileName) linesTaken.set(previous.line, previous);
  let rowCount = 0;

  for (const row of data) {
    const report = (column: string, message: string) => problems.push({ line: row.line, column, message });
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    rowCount += 1;
    if (row.cells.length > columns.length && row.cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
      report(
        '',
        `has ${row.cells.length} cells but the header names ${columns.length} columns; check for a stray separator or an unquoted "${delimiter === '\t' ? 'tab' : delimiter}"`,
      );
      continue;
    }

    // Collect the cells, refusing formulas and oversized cells before anything reads them.
    const cells: Cells = {};
    let refused = false;
    columns.forEach((column, index) => {
      const raw = row.cells[index] ?? '';
      if (!column || raw.trim() === '') return;
      if (raw.length > MAX_CELL_LENGTH) {
        report(column, `is ${raw.length} characters long; the most a cell may hold is ${MAX_CELL_LENGTH}`);
        refused = true;
      } else if (looksLikeFormula(raw)) {
        report(
          column,
          `${quoted(raw.trim(), 40)} looks like a spreadsheet formula; formulas are never run or trusted, so type the plain value${column === 'url' ? ' (the address itself, starting https://)' : ''}`,
        );
        refused = true;
      } else if (column !== 'body' && textProblem(raw)) {
        report(column, textProblem(raw) as string);
        refused = true;
      } else cells[column] = raw;
    });
    if (refused) continue;

    const { frontmatter, body, errors } = rowFrontmatter(cells, options, row.line);
    for (const [column, message] of errors) report(column, message);

    // With no usable type, check the other cells as if for the nearest type, so every problem shows in one run.
    const standIn = frontmatter.type === undefined ? { ...frontmatter, type: standInType(frontmatter) } : frontmatter;
    const result = resourceSchema.safeParse(standIn);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = FIELD_COLUMN[field] ?? field;
        // A cell that could not be read is reported once, not again as "missing".
        if (errors.has(column)) continue;
        const rest = issue.path.slice(1).map(String).join('.');
        report(column, rest ? `${rest}: ${issue.message}` : issue.message);
      }
    }
    if (errors.size > 0 || !result.success) continue;

    // The permanent id: given, or made from the title; never one already taken.
    const givenId = cells.id?.trim();
    const id = givenId ?? idFromTitle(frontmatter.title as string);
    if (!givenId && id === '') {
      report('title', 'has no Latin letters or digits to make a permanent id from; add an "id" column with one');
      continue;
    }
    const badId = idProblem(id);
    if (badId) {
      report('id', badId);
      continue;
    }
    // Re-importing a fixed spreadsheet: rows imported last time are reported and left as they are.
    const previous = options.previousImports?.get(id);
    if (previous && previous.import === options.fileName) {
      alreadyImported.push({ line: row.line, id, file: previous.file });
      continue;
    }
    const takenBy = options.takenIds.get(id);
    if (takenBy) {
      report(
        'id',
        `"${id}" is already taken (${takenBy}); the row was not imported. If this is a different resource, give it another id in the "id" column; to change the existing entry, edit its file`,
      );
      continue;
    }
    const earlierLine = idLines.get(id);
    if (earlierLine !== undefined) {
      report('id', `"${id}" is also the id of line ${earlierLine}; give one of them another id in the "id" column`);
      continue;
    }
    const lineOwner = linesTaken.get(row.line);
    if (lineOwner) {
      report(
        '',
        `line ${row.line} of this spreadsheet was already imported as ${lineOwner.file}, a different resource; rows have moved since that import. Save the fixed spreadsheet under a new name and import that, or add this row to a new file`,
      );
      continue;
    }
    idLines.set(id, row.line);
    entries.push({ line: row.line, id, frontmatter, text: entryFileText(frontmatter, body) });
  }
  return { delimiter, rows: rowCount, entries, problems, fatal: false, alreadyImported };
}

/** "partners.csv line 12 → column "summary": must be at least 40 characters" */
export function formatImportProblem(fileName: string, problem: ImportProblem): string {
  return `${fileName} line ${problem.line}${problem.column ? ` → column "${problem.column}"` : ''}: ${problem.message}`;
}
