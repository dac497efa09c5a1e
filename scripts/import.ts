/**
 * npm run import -- <file.csv> [--dry-run] [--added YYYY-MM-DD]
 *
 * Imports a spreadsheet of resources: each valid row becomes content/resources/<id>.md; each invalid
 * row is reported with its line number and column, and is not written. An existing file is never
 * overwritten. --dry-run reports what would happen and writes nothing. Exits 1 when any row has a
 * problem, 0 when every row was imported. The columns are listed in CONTRIBUTING.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { previousImports, takenResourceIds } from '../src/lib/editing/content-check.ts';
import { decodeSpreadsheet, formatImportProblem, importSpreadsheet, IMPORT_COLUMNS } from '../src/lib/editing/csv-import.ts';
import { assignShortLinks, contentRoot, isIsoDate, printLimited, projectRoot, shortLinkNote, today } from './lib/cli.ts';

const HELP = `Import resources from a spreadsheet saved as CSV (comma, semicolon or tab separated, UTF-8).

  npm run import -- <file.csv>            import every valid row
  npm run import -- <file.csv> --dry-run  show what would happen, write nothing

Options:
  --dry-run            check every row and list the files that would be written
  --added YYYY-MM-DD   the date recorded as "added" (default: today)
  --no-short-links     do not run \`npm run links:assign\` afterwards (run it yourself later)

Columns (header row, any order, any letter case): ${IMPORT_COLUMNS.map((column) => column.name + (column.required ? ' (required)' : '')).join(', ')}.
Several values in one cell are separated by | or ;. See CONTRIBUTING.md for each column.`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        'no-short-links': { type: 'boolean', default: false },
        added: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${HELP}`);
  }
})();

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length !== 1) fail(`Give one spreadsheet file to import.\n\n${HELP}`);
const added = values.added ?? today();
if (!isIsoDate(added)) fail(`--added must be a date written as YYYY-MM-DD, not "${added}".`);

const path = positionals[0] as string;
const fileName = basename(path);
let bytes: Uint8Array;
try {
  bytes = readFileSync(path);
} catch (error) {
  fail(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
}
const decoded = decodeSpreadsheet(bytes);
if ('error' in decoded) fail(`${fileName} ${decoded.error}.`);

const root = contentRoot();
const dryRun = values['dry-run'];
const started = performance.now();
// Every clash (ids, and spreadsheet lines already imported) is found here, before anything is written.
const result = importSpreadsheet(decoded.text, {
  fileName,
  takenIds: takenResourceIds(root, projectRoot),
  added,
  previousImports: previousImports(root, projectRoot),
});

// Write the valid rows. "wx" refuses to overwrite, so even a file that appeared meanwhile is safe.
const written: Array<{ line: number; id: string; shown: string }> = [];
const resourcesFolder = join(root, 'resources');
for (const entry of result.entries) {
  const target = join(resourcesFolder, `${entry.id}.md`);
  const shown = relative(projectRoot, target);
  if (!dryRun) {
    try {
      mkdirSync(resourcesFolder, { recursive: true });
      writeFileSync(target, entry.text, { flag: 'wx' });
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'EEXIST' ? `${shown} already exists; it was left as it was` : (error as Error).message;
      result.problems.push({ line: entry.line, column: 'id', message: reason });
      continue;
    }
  }
  written.push({ line: entry.line, id: entry.id, shown });
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// Short links for the new entries, once, after every file is written.
const links = !dryRun && !values['no-short-links'] && written.length > 0 ? assignShortLinks() : undefined;
if (links?.available && !links.ok) console.error(links.output.trim());

const separator = result.delimiter === '\t' ? 'tab' : `"${result.delimiter}"`;
console.log(`${fileName}: ${result.rows} row${result.rows === 1 ? '' : 's'} read (separator ${separator}) in ${seconds} s.`);
if (written.length > 0) {
  console.log(dryRun ? `\nWould import ${written.length} (nothing written, this is a dry run):` : `\nImported ${written.length}:`);
  printLimited(
    written.map(({ line, id, shown }) => `line ${line} → ${shown}${links?.available ? `  (short link: ${shortLinkNote(links, id)})` : ''}`),
  );
  if (links && !links.available) console.log(`Short links: ${shortLinkNote(links, '')}.`);
}
if (result.alreadyImported.length > 0) {
  console.log(`\nAlready imported from ${fileName}, left as they are (${result.alreadyImported.length}):`);
  printLimited(result.alreadyImported.map(({ line, file }) => `line ${line} → ${file}`));
}
if (result.problems.length > 0) {
  const rowsWithProblems = new Set(result.problems.map((problem) => problem.line)).size;
  console.log(
    result.fatal
      ? `\nNothing was imported: the file itself has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:`
      : `\n${rowsWithProblems} row${rowsWithProblems === 1 ? ' was' : 's were'} not imported (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):`,
  );
  const sorted = [...result.problems].sort((a, b) => a.line - b.line);
  printLimited(
    sorted.map((problem) => formatImportProblem(fileName, problem)),
    200,
  );
  console.log(
    written.length > 0 && !dryRun
      ? '\nFix these rows in the spreadsheet and import it again: the rows imported now will then be reported as taken, and left as they are.'
      : '\nFix these rows in the spreadsheet and import it again.',
  );
}
if (written.length > 0 && !dryRun) console.log('\nNext: run `npm run check`, then preview with `npm run dev`.');
process.exit(result.problems.length > 0 ? 1 : 0);
