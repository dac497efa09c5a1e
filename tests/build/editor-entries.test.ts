/**
 * Entries made by the editor commands go all the way to pages: an imported spreadsheet and an editor's
 * entry are built from a copy of content/ into a temporary folder (never dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-root';
import { copyOfContent, importFixture, removeCopies, runScript } from '../helpers/import-env';
import { seededResources } from '../helpers/real-content';

afterAll(removeCopies);

/** Runs `astro build` on a content folder into a fresh output folder. */
function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'alliance-editors-dist-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(dirname(contentDir), 'cache') },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    page: (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8'),
  };
}

/** `npm run new` for a guide with the given title and summary (stage 1, public health, governance, an NGO). */
function newGuide(contentDir: string, title: string, summary: string) {
  const args = ['--type', 'guide', '--title', title, '--summary', summary, '--stages', '1', '--sectors', 'public-health'];
  return runScript('new-entry.ts', [...args, '--topics', 'governance', '--provenance', 'ngo', '--no-input'], { contentDir });
}

describe('a build with imported and new entries', () => {
  let built: ReturnType<typeof build>;
  let resourcesBefore = 0;

  beforeAll(() => {
    const contentDir = copyOfContent();
    resourcesBefore = readdirSync(join(contentDir, 'resources')).filter((name) => name.endsWith('.md')).length;
    expect(runScript('import.ts', [importFixture('good.csv'), '--added', '2026-12-01'], { contentDir }).status).toBe(0);
    const created = newGuide(
      contentDir,
      'Editors Test Guide',
      'A short guide written by an editor to test that new entries reach their page.',
    );
    expect(created.status, created.output).toBe(0);
    const file = join(contentDir, 'resources/editors-test-guide.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\nWritten by an editor, in plain words.\n'));
    built = build(contentDir);
  }, 300_000);

  it('builds', () => {
    expect(built.status, built.output.slice(-3000)).toBe(0);
    // Four imported rows and one new entry on top of whatever the catalogue holds today.
    expect(built.output).toContain(`content ok: ${resourcesBefore + 5} resources`);
  });

  it('shows where an imported entry came from, and its body', () => {
    const html = built.page('resources/riverbend-food-access-partnership');
    expect(html).toContain('A spreadsheet imported by the catalogue’s editors');
    // The spreadsheet is a working file: its name is not published.
    expect(html).not.toContain('good.csv');
    expect(html).toContain('The partnership started with one shared referral form.');
    expect(html).not.toContain('How we catalogued this');
  });

  it('leaves out the empty "About this resource" section of an entry without a body', () => {
    expect(built.page('resources/shared-measurement-quick-guide')).not.toContain('About this resource');
    expect(built.page('resources/riverbend-food-access-partnership')).toContain('About this resource');
  });

  it('says an editor added an entry made with npm run new', () => {
    const html = built.page('resources/editors-test-guide');
    expect(html).toContain('Added directly by the catalogue’s editors');
    expect(html).toContain('Written by an editor, in plain words.');
  });

  it('keeps the seed record on seed entries, in the “How we catalogued this” detail', () => {
    // Any seed entry will do; the catalogue may hold none once every seed entry has been retired.
    for (const entry of seededResources.slice(0, 3)) {
      const html = built.page(`resources/${entry.id}`);
      expect(html, entry.id).toContain('How we catalogued this');
      expect(html, entry.id).toContain('data-source-title');
    }
  });
});

describe('a build that must refuse', () => {
  it('stops on an entry still holding the placeholder from npm run new, naming file and field', () => {
    const contentDir = copyOfContent();
    const created = newGuide(
      contentDir,
      'Unfinished Guide',
      'A guide an editor started and did not finish, to test that the build refuses it.',
    );
    expect(created.status).toBe(0);
    const result = build(contentDir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/resources\/unfinished-guide\.md → field "body": still holds the placeholder text/);
  }, 240_000);
});
