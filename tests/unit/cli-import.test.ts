/**
 * `npm run import` end to end: the real script, run by Node on a copy of content/ in a temp folder.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { copyOfContent, importFixture, removeCopies, runScript } from '../helpers/import-env';
import { syntheticCsv } from '../helpers/synthetic-csv';

afterAll(removeCopies);

const resourceFiles = (contentDir: string) => readdirSync(join(contentDir, 'resources')).sort();

describe('npm run import', () => {
  it('imports good.csv: four files that pass every content check, and prints where they are', () => {
    const contentDir = copyOfContent();
    const before = resourceFiles(contentDir);
    const importedBefore = checkContent(contentDir, dirname(contentDir)).content.resources.filter((entry) => entry.data.source.kind === 'import').length;
    const run = runScript('import.ts', [importFixture('good.csv'), '--added', '2026-12-01'], { contentDir });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('good.csv: 4 rows read (separator ",")');
    expect(run.stdout).toMatch(/line 2 → .*resources\/working-with-housing-partners-on-health\.md/);
    expect(resourceFiles(contentDir).length).toBe(before.length + 4);
    const report = checkContent(contentDir, dirname(contentDir));
    expect(report.problems).toEqual([]);
    expect(report.content.resources.filter((entry) => entry.data.source.kind === 'import')).toHaveLength(importedBefore + 4);
  });

  it('never overwrites: importing the same file again reports every row as taken and changes nothing', () => {
    const contentDir = copyOfContent();
    expect(runScript('import.ts', [importFixture('good.csv')], { contentDir }).status).toBe(0);
    const file = join(contentDir, 'resources/riverbend-food-access-partnership.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn editor's own paragraph.\n`);
    const edited = readFileSync(file, 'utf8');
    const again = runScript('import.ts', [importFixture('good.csv')], { contentDir });
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('4 rows were not imported');
    expect(again.stdout).toMatch(/good\.csv line 3 → column "id": "riverbend-food-access-partnership" is already taken/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
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
    expect(runScript('import.ts', [importFixture('good.csv'), '--added', 'tomorrow'], { contentDir }).stderr).toContain('--added must be a date');
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
