/**
 * `npm run new` end to end: the real script, by flags and by answers piped in as an editor would type them,
 * always on a copy of content/ in a temp folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/editing/content-check';
import { splitFrontmatter } from '../../src/lib/editing/content-files';
import { resourceSchema } from '../../src/schemas/resource';
import { copyOfContent, removeCopies, runScript } from '../helpers/import-env';
import { projectRoot } from '../helpers/content-root';

afterAll(removeCopies);

const HAS_SHORT_LINKS =
  'links:assign' in (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

const SUMMARY = 'A recorded session on how rural health departments find partners, share data and keep partnerships going.';
const FLAGS = [
  '--type',
  'webinar',
  '--title',
  'Rural Partnerships in Practice',
  '--summary',
  SUMMARY,
  '--stages',
  '3,measure-and-learn',
  '--sectors',
  'Public health,housing',
  '--topics',
  'rural-health',
  '--provenance',
  'Non-profit',
  '--added',
  '2026-12-01',
];

function readEntry(contentDir: string, id: string) {
  const text = readFileSync(join(contentDir, 'resources', `${id}.md`), 'utf8');
  const split = splitFrontmatter(text);
  if ('error' in split) throw new Error(split.error);
  return { text, data: resourceSchema.parse(split.frontmatter), body: split.body };
}

describe('npm run new', () => {
  it('writes a valid entry from flags and says where it is, with its id and short link', () => {
    const contentDir = copyOfContent();
    const run = runScript('new-entry.ts', [...FLAGS, '--no-input'], { contentDir });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/Created .*content\/resources\/rural-partnerships-in-practice\.md/);
    // Short links come from the links work's `npm run links:assign`, when this project has it.
    expect(run.stdout).toMatch(
      HAS_SHORT_LINKS
        ? /short link {2}\/r\/[a-z0-9]+\//
        : /short link {2}no short link yet: this copy of the project has no `npm run links:assign`/,
    );
    const { data, text } = readEntry(contentDir, 'rural-partnerships-in-practice');
    expect(data).toMatchObject({
      type: 'webinar',
      stages: ['build-the-alliance', 'measure-and-learn'],
      sectors: ['public-health', 'housing'],
      provenance: 'ngo',
      source: { kind: 'editor', editor: true },
    });
    // The optional fields a webinar may carry are offered as comments.
    expect(text).toMatch(/^# durationMinutes: 45$/m);
    expect(text).not.toMatch(/^# places:/m);
    // The build refuses the placeholder body until the editor writes one, and nothing else.
    const problems = checkContent(contentDir, dirname(contentDir)).problems;
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^body: still holds the placeholder text/),
    ]);
  });

  it('asks for what is missing, re-asks after a wrong answer, and accepts menu numbers', () => {
    const contentDir = copyOfContent();
    const answers = [
      'blog post', // not a type: asked again
      '8', // Case study
      'Harbour Town Housing and Health Table',
      '', // keep the proposed id
      SUMMARY,
      '3, 5',
      '1, 4',
      'Governance; health-equity',
      '1', // Government
      '', // format skipped
      'Harbour Town Council',
      '2023',
      '', // no link
    ].join('\n');
    const run = runScript('new-entry.ts', ['--added', '2026-12-01'], { contentDir, input: `${answers}\n` });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('"blog post" is not a type we know');
    expect(run.stdout).toContain('Permanent id (file name and URL, never changed later): harbour-town-housing-and-health-table');
    const { data, text } = readEntry(contentDir, 'harbour-town-housing-and-health-table');
    expect(data).toMatchObject({
      type: 'case-study',
      stages: ['build-the-alliance', 'organise-and-govern'],
      sectors: ['public-health', 'housing'],
      topics: ['governance', 'health-equity'],
      provenance: 'government',
      publisher: 'Harbour Town Council',
      year: 2023,
    });
    expect(text).toMatch(/^# places:$/m);
  });

  it('lets the editor choose another id at the prompt, and refuses one that is taken', () => {
    const contentDir = copyOfContent();
    const answers = [
      'guide',
      'A Guide to Invest Health Cities',
      'invest-health',
      'invest-health-cities-guide',
      SUMMARY,
      '1',
      '1',
      '1',
      '1',
      '',
      '',
      '',
      '',
    ].join('\n');
    const run = runScript('new-entry.ts', [], { contentDir, input: `${answers}\n` });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('"invest-health" is already taken');
    expect(existsSync(join(contentDir, 'resources/invest-health-cities-guide.md'))).toBe(true);
  });

  it('never overwrites an entry: a title whose id exists is refused with the file named', () => {
    const contentDir = copyOfContent();
    const before = readFileSync(join(contentDir, 'resources/invest-health.md'), 'utf8');
    const run = runScript('new-entry.ts', [...FLAGS.slice(0, 2), '--title', 'Invest Health', ...FLAGS.slice(4), '--no-input'], {
      contentDir,
    });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/"invest-health" is already taken \(.*content\/resources\/invest-health\.md\)/);
    expect(run.output).toContain('No entry written');
    expect(readFileSync(join(contentDir, 'resources/invest-health.md'), 'utf8')).toBe(before);
  });

  it('with --no-input, names every missing flag and writes nothing', () => {
    const contentDir = copyOfContent();
    const before = readdirSync(join(contentDir, 'resources'));
    const run = runScript('new-entry.ts', ['--type', 'guide', '--title', 'Half Finished Guide', '--no-input'], { contentDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('still needed: --summary, --stages, --sectors, --topics, --provenance');
    expect(readdirSync(join(contentDir, 'resources'))).toEqual(before);
  });

  it('refuses an impossible date instead of writing it', () => {
    const contentDir = copyOfContent();
    const run = runScript('new-entry.ts', [...FLAGS.slice(0, -1), '2026-02-30', '--no-input'], { contentDir });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('--added must be a date written as YYYY-MM-DD, not "2026-02-30"');
    expect(readdirSync(join(contentDir, 'resources')).some((name) => name.startsWith('rural-partnerships'))).toBe(false);
  });

  it('refuses hostile values, saying why', () => {
    const contentDir = copyOfContent();
    const run = runScript(
      'new-entry.ts',
      [...FLAGS.slice(0, 2), '--title', '<script>alert(1)</script>', ...FLAGS.slice(4), '--url', 'javascript:alert(1)', '--no-input'],
      { contentDir },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--title: contains HTML; write plain text');
    expect(run.stderr).toContain('--url: must be a full http:// or https:// address');
  });

  it('--dry-run prints the file and writes nothing', () => {
    const contentDir = copyOfContent();
    const run = runScript('new-entry.ts', [...FLAGS, '--dry-run', '--no-input'], { contentDir });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('title: Rural Partnerships in Practice');
    expect(existsSync(join(contentDir, 'resources/rural-partnerships-in-practice.md'))).toBe(false);
  });
});
