/**
 * `npm run import` end to end: the real script, run by Node on a copy of content/ in a temp folder.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/editing/content-check';
import { copyOfContent, importFixture, removeCopies, runScript } from '../helpers/import-env';
import { syntheticCsv } from '../helpers/synthetic-csv';

afterAll(removeCopies);

const resourceFiles = (contentDir: string) => readdirSync(join(contentDir, 'resources')).sort();
const SUMMARY = 'A practical guide for health departments that want to work with partners on shared goals.';
const row = (title: string, stage = '3') => `guide,${title},${SUMMARY},${stage},public-health,governance,ngo`;
const csv = (...rows: string[]) => ['type,title,summary,stages,sectors,topics,provenance', ...rows].join('\n') + '\n';

describe('npm run import', () => {
  it('imports good.csv: four files that pass every content check, and prints where they are', () => {
    const contentDir = copyOfContent();
    const before = resourceFiles(contentDir);
    const importedBefore = checkContent(contentDir, dirname(contentDir)).content.resources.filter(
      (entry) => entry.data.source.kind === 'import',
    ).length;
    const run = runScript('import.ts', [importFixture('good.csv'), '--added', '2026-12-01'], { contentDir });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('good.csv: 4 rows read (separator ",")');
    expect(run.stdout).toMatch(/line 2 → .*resources\/working-with-housing-partners-on-health\.md/);
    expect(resourceFiles(contentDir).length).toBe(before.length + 4);
    const report = checkContent(contentDir, dirname(contentDir));
    expect(report.problems).toEqual([]);
    expect(report.content.resources.filter((entry) => entry.data.source.kind === 'import')).toHaveLength(importedBefore + 4);
  });

  it('never overwrites: importing the same file again reports every row as already imported, leaves them as they are, and succeeds', () => {
    const contentDir = copyOfContent();
    expect(runScript('import.ts', [importFixture('good.csv')], { contentDir }).status).toBe(0);
    const file = join(contentDir, 'resources/riverbend-food-access-partnership.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn editor's own paragraph.\n`);
    const edited = readFileSync(file, 'utf8');
    const before = resourceFiles(contentDir);
    const again = runScript('import.ts', [importFixture('good.csv')], { contentDir });
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toContain('Already imported from good.csv, left as they are (4)');
    expect(again.stdout).toMatch(/line 3 → .*resources\/riverbend-food-access-partnership\.md/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(resourceFiles(contentDir)).toEqual(before);
  });

  it('re-imports a fixed spreadsheet cleanly: taken rows are left, fixed rows are added, and the content stays valid', () => {
    const contentDir = copyOfContent();
    const scratch = dirname(contentDir);
    const sheet = join(scratch, 'partners.csv');
    // First attempt: the last row has an unknown stage, so it is refused.
    writeFileSync(sheet, csv(row('Alpha Partnership Guide'), row('Beta Partnership Guide'), row('Gamma Partnership Guide', 'stage-9')));
    expect(runScript('import.ts', [sheet], { contentDir }).status).toBe(1);
    // Fixed under the same name: the earlier rows are reported as taken, the fixed one is imported.
    writeFileSync(sheet, csv(row('Alpha Partnership Guide'), row('Beta Partnership Guide'), row('Gamma Partnership Guide')));
    const second = runScript('import.ts', [sheet], { contentDir });
    expect(second.status, second.output).toBe(0);
    expect(second.stdout).toContain('Already imported from partners.csv, left as they are (2)');
    expect(second.stdout).toMatch(/Imported 1:\s+line 4 → .*gamma-partnership-guide\.md/);
    expect(checkContent(contentDir, scratch).problems).toEqual([]);
  });

  it('refuses, before writing anything, a row on a line that an earlier import of the same file already took', () => {
    const contentDir = copyOfContent();
    const scratch = dirname(contentDir);
    const sheet = join(scratch, 'moved.csv');
    writeFileSync(sheet, csv(row('Alpha Partnership Guide')));
    expect(runScript('import.ts', [sheet], { contentDir }).status).toBe(0);
    // The spreadsheet is edited: line 2 now holds another resource.
    writeFileSync(sheet, csv(row('Delta Partnership Guide'), row('Alpha Partnership Guide')));
    const before = resourceFiles(contentDir);
    const again = runScript('import.ts', [sheet], { contentDir });
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(
      /moved\.csv line 2: line 2 of this spreadsheet was already imported as .*alpha-partnership-guide\.md, a different resource/,
    );
    expect(resourceFiles(contentDir)).toEqual(before);
    expect(checkContent(contentDir, scratch).problems).toEqual([]);
  });

  it('refuses a file with an unclosed quote, naming its line, and imports nothing', () => {
    const contentDir = copyOfContent();
    const scratch = dirname(contentDir);
    const before = resourceFiles(contentDir);
    writeFileSync(
      join(scratch, 'quotes.csv'),
      csv(row('Alpha Partnership Guide'), row('"Beta Partnership Guide'), row('Gamma Partnership Guide'), row('"Delta" Guide')),
    );
    const run = runScript('import.ts', [join(scratch, 'quotes.csv')], { contentDir });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/quotes\.csv line 3: the quote \("\) that opens a cell on this line is not closed before line 5/);
    expect(run.stdout).toContain('Nothing was imported');
    expect(resourceFiles(contentDir)).toEqual(before);
  });

  it('reads a spreadsheet saved as UTF-16 without a byte-order mark', () => {
    const contentDir = copyOfContent();
    const scratch = dirname(contentDir);
    writeFileSync(join(scratch, 'unicode.csv'), Buffer.from(readFileSync(importFixture('good.csv'), 'utf8'), 'utf16le'));
    const run = runScript('import.ts', [join(scratch, 'unicode.csv'), '--dry-run'], { contentDir });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('unicode.csv: 4 rows read (separator ",")');
  });

  it('--dry-run says what would happen and writes nothing', () => {
    const contentDir = copyOfContent();
    const before = resourceFiles(contentDir);
    const run = runScript('import.ts', [importFixture('bad.csv'), '--dry-run'], { contentDir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Would import 2 (nothing written, this is a dry run)');
    expect(run.stdout).toContain('bad.csv line 9 → column "id": "invest-health" is already taken');
    expect(resourceFiles(contentDir)).toEqual(before);
  });

  it('imports the semicolon file with a byte-order mark', () => {
    const contentDir = copyOfContent();
    const run = runScript('import.ts', [importFixture('semicolon.csv')], { contentDir });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('(separator ";")');
    expect(existsSync(join(contentDir, 'resources/lakeside-county-health-equity-table.md'))).toBe(true);
  });

  it('imports nothing from hostile.csv, and prints no control character', () => {
    const contentDir = copyOfContent();
    const before = resourceFiles(contentDir);
    const run = runScript('import.ts', [importFixture('hostile.csv')], { contentDir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('14 rows were not imported');
    expect(run.output).not.toContain('\u001b');
    expect(run.output).not.toContain('\u202e');
    expect(resourceFiles(contentDir)).toEqual(before);
  });

  it('explains a missing file, a wrong date and a missing argument', () => {
    const contentDir = copyOfContent();
    expect(runScript('import.ts', ['no-such.csv'], { contentDir }).stderr).toContain('Cannot read no-such.csv: no such file');
    expect(runScript('import.ts', [importFixture('good.csv'), '--added', 'tomorrow'], { contentDir }).stderr).toContain(
      '--added must be a date',
    );
    const none = runScript('import.ts', [], { contentDir });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Give one spreadsheet file');
  });

  it('imports 10,000 rows, every one valid for the build', () => {
    const contentDir = copyOfContent();
    const before = resourceFiles(contentDir).length;
    const csv = join(dirname(contentDir), 'ten-thousand.csv');
    writeFileSync(csv, syntheticCsv(10_000));
    const started = performance.now();
    // Short links are left out here: assigning 10,000 codes is the links work's own job, tested there.
    const run = runScript('import.ts', [csv, '--no-short-links'], { contentDir });
    const seconds = (performance.now() - started) / 1000;
    expect(run.status, run.output.slice(0, 2000)).toBe(0);
    expect(run.stdout).toContain('ten-thousand.csv: 10000 rows read');
    expect(run.stdout).toContain('Imported 10000:');
    expect(run.stdout).toContain('… and 9950 more');
    const files = resourceFiles(contentDir);
    expect(files.filter((name) => name.startsWith('synthetic-resource-r'))).toHaveLength(10_000);
    const report = checkContent(contentDir, dirname(contentDir));
    expect(report.problems.slice(0, 5)).toEqual([]);
    expect(report.content.resources).toHaveLength(before + 10_000);
    expect(statSync(join(contentDir, 'resources/synthetic-resource-r9999.md')).size).toBeGreaterThan(300);
    // A measurement, not an assertion: see docs/import-benchmark.md for the figures.
    console.log(`imported 10,000 rows in ${seconds.toFixed(1)} s (whole command, Node start included)`);
  }, 180_000);
});
