/** `npm run check -- --content-only` end to end, on copies of content/ (the type check is run by npm test itself). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent, removeCopies, runScript } from '../helpers/import-env';

afterAll(removeCopies);

describe('npm run check', () => {
  it('passes the real content and says what it checked', () => {
    const contentDir = copyOfContent();
    const run = runScript('check.ts', ['--content-only'], { contentDir });
    expect(run.status, run.output).toBe(0);
    // The count is whatever the folder holds: an editor's new entry changes it.
    const resources = readdirSync(join(contentDir, 'resources')).filter((name) => name.endsWith('.md')).length;
    expect(run.stdout).toContain(`✓ content: ok (${resources} resources, 7 stages, `);
    expect(run.stdout).toMatch(/✓ content: ok \(\d+ resources, 7 stages, \d+ pathways\)/);
  });

  it('prints one line per problem, naming file and field, then a summary, and fails', () => {
    const contentDir = copyOfContent();
    const file = join(contentDir, 'resources/invest-health.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^stages: .*$/m, 'stages: [stage-9]')
        .replace(/\n---\n/, '\n---\n<script>alert(1)</script>\n'),
    );
    const other = join(contentDir, 'resources/cardio4cities.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace(/^provenance: .*$/m, 'provenance: rumour'));
    const run = runScript('check.ts', ['--content-only'], { contentDir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/content\/resources\/invest-health\.md → field "stages\.0": Invalid option/);
    expect(run.stdout).toMatch(/content\/resources\/cardio4cities\.md → field "provenance": Invalid option/);
    expect(run.stdout).toMatch(/✗ content: 2 problems in 2 files/);
  });

  it('catches an unsafe body, which the schema cannot see, naming its line', () => {
    const contentDir = copyOfContent();
    const file = join(contentDir, 'resources/invest-health.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n[Open](javascript:alert(1))\n`);
    const run = runScript('check.ts', ['--content-only'], { contentDir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /invest-health\.md → field "body \(line \d+ below the frontmatter\)": link to a "javascript:alert\(1" address is not allowed/,
    );
  });
});
