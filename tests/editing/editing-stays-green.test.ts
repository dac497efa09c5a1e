/**
 * Editing stays green: in a throwaway copy of the whole project, an editor follows CONTRIBUTING —
 * adds an entry with `npm run new`, writes its body, imports a three-row spreadsheet, runs
 * `npm run links:assign` and `npm run manifest:update`, commits — and then the project's own content,
 * unit and dist suites run over the result and must all pass. A test that assumes the catalogue's
 * size, or that every entry comes from a seed, fails here. The real content/ is never touched.
 *
 * Run by `npm test` (its own step) and `npm run test:editing`; it takes a few minutes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../helpers/project-copy';

const NEW_ENTRY = {
  id: 'neighbourhood-health-compact-walkthrough',
  args: [
    '--type',
    'webinar',
    '--title',
    'Neighbourhood Health Compact Walkthrough',
    '--summary',
    'A recorded walk through one way a clinic, a tenants’ union and a county office could draft a shared compact, step by step.',
    '--stages',
    '3,measure-and-learn',
    '--sectors',
    'public-health,housing',
    '--topics',
    'governance',
    '--provenance',
    'coalition',
    '--no-input',
  ],
  body: 'The recording follows three partners as they agree who decides what.\n\nIt suits a group that has met a few times and wants its first written agreement.\n',
};

/** Three rows, written for this test, with a body on one of them and the optional columns left empty elsewhere. */
const SPREADSHEET = [
  'type,title,summary,stages,sectors,topics,provenance,id,body',
  'Template,Shared Intake Form Starter,"A blank intake form that partner agencies can adapt so one visit collects what several services need.",4,health-care|social-services,data-sharing,Non-profit,shared-intake-form-starter,"Fields are grouped by who needs them, so each partner sees its own part first."',
  'Article,Why Alliances Stall in Year Two,"A short essay on the slump many partnerships hit after the launch money runs out, and what keeps members at the table.",7|Measure and learn,community,leadership,Academic,why-alliances-stall-in-year-two,',
  'Case study,Lakeside Transit and Clinic Pilot,"How a bus operator and two clinics tried free rides to appointments, and what the missed-visit counts showed.",Build the alliance,environment|health-care,health-equity,Government,lakeside-transit-clinic-pilot,',
].join('\n');
const IMPORTED_IDS = ['shared-intake-form-starter', 'why-alliances-stall-in-year-two', 'lakeside-transit-clinic-pilot'];

let project: ProjectCopy;

beforeAll(() => {
  project = copyProject();
}, 120_000);

afterAll(() => project?.remove());

const npm = (...args: string[]) => project.run('npm', ['run', '--silent', ...args]);
const read = (path: string) => readFileSync(join(project.root, path), 'utf8');

describe('an editor adds entries the documented way, and every suite stays green', () => {
  it('adds one entry with npm run new and writes its body', () => {
    const run = npm('new', '--', ...NEW_ENTRY.args);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`Created content/resources/${NEW_ENTRY.id}.md`);
    const file = `content/resources/${NEW_ENTRY.id}.md`;
    // The editor replaces the placeholder paragraph below the frontmatter with their own.
    writeFileSync(join(project.root, file), read(file).replace(/\n---\n[\s\S]*$/, `\n---\n${NEW_ENTRY.body}`));
  });

  it('imports a three-row spreadsheet', () => {
    writeFileSync(join(project.root, 'new-resources.csv'), `${SPREADSHEET}\n`);
    const run = npm('import', '--', 'new-resources.csv');
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('Imported 3');
    for (const id of IMPORTED_IDS) expect(existsSync(join(project.root, `content/resources/${id}.md`)), id).toBe(true);
  });

  it('gives every new entry a short link (npm run links:assign)', () => {
    const run = npm('links:assign');
    expect(run.status, run.output).toBe(0);
    const targets = Object.values((JSON.parse(read('content/short-links.json')) as { codes: Record<string, string> }).codes);
    for (const id of [NEW_ENTRY.id, ...IMPORTED_IDS]) expect(targets, id).toContain(`resource:${id}`);
  });

  it('builds and records the new addresses (npm run manifest:update)', () => {
    const run = npm('manifest:update');
    expect(run.status, run.output.slice(-4000)).toBe(0);
    const manifest = read('content/url-manifest.json');
    for (const id of [NEW_ENTRY.id, ...IMPORTED_IDS]) {
      expect(manifest, id).toContain(`/resources/${id}/`);
      expect(existsSync(join(project.root, `dist/resources/${id}/index.html`)), id).toBe(true);
    }
    expect(read(`dist/resources/${NEW_ENTRY.id}/index.html`)).toContain('It suits a group that has met a few times');
    const commit = project.commit('Add four resources');
    expect(commit.status, commit.output).toBe(0);
  });

  it('passes npm run check', () => {
    const run = npm('check', '--', '--content-only');
    expect(run.status, run.output).toBe(0);
  });

  it('passes the content, unit and dist suites over the edited project', () => {
    const run = project.run('npx', ['vitest', 'run', 'tests/content', 'tests/unit', 'tests/dist'], 1_500_000);
    // On failure, the summary and the failed tests' names are at the end of the output.
    expect(run.status, run.output.slice(-8000)).toBe(0);
    expect(run.output).toMatch(/Tests\s+\d+ passed/);
  }, 1_500_000);
});
