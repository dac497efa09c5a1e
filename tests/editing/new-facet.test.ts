/**
 * One facet registry: adding a facet is one entry in src/lib/catalogue/facet-registry.ts (plus its
 * vocabulary, which for "audience" already exists). In a throwaway copy of the project this test adds
 * an "Audience" facet that way, builds, and checks that it appears everywhere a facet belongs: as a
 * filter on /resources/, as a filter on the search page and in the search index, and on its own static
 * pages (/audiences/ and /audiences/<value>/). No other file of the copy is edited.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCES, AUDIENCE_TERMS } from '../../src/lib/model/vocabularies';
import { copyProject, type ProjectCopy } from '../helpers/project-copy';

const REGISTRY = 'src/lib/catalogue/facet-registry.ts';
const AUDIENCE_FACET = `  {
    key: 'audience',
    label: 'Audience',
    heading: 'Audiences',
    description: 'Who a resource is written for.',
    segment: 'audiences',
    source: { kind: 'vocabulary', field: 'audience', vocabulary: 'audience', multiple: true },
    search: { legend: 'Audience' },
  },
`;

let project: ProjectCopy;
const dist = (path: string) => join(project.root, 'dist', path);
const page = (path: string) => readFileSync(dist(path), 'utf8');

beforeAll(() => {
  project = copyProject();
  const registry = readFileSync(join(project.root, REGISTRY), 'utf8');
  const end = registry.indexOf('] as const satisfies');
  expect(end, 'the registry ends its list with `] as const satisfies`').toBeGreaterThan(0);
  writeFileSync(join(project.root, REGISTRY), registry.slice(0, end) + AUDIENCE_FACET + registry.slice(end));
}, 120_000);

afterAll(() => project?.remove());

/** Resource ids in the copy's content that name an audience, with the audiences they name. */
function entriesWithAudience(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const folder = join(project.root, 'content/resources');
  for (const file of readdirSync(folder)) {
    const match = /^audience:\s*\[([^\]]*)\]/m.exec(readFileSync(join(folder, file), 'utf8'));
    if (match)
      found.set(
        file.replace(/\.md$/, ''),
        match[1]!
          .split(',')
          .map((value) => value.trim())
          .filter(Boolean),
      );
  }
  return found;
}

describe('a facet added to the registry alone', () => {
  it('builds', () => {
    const build = project.run('npx', ['astro', 'build', '--force'], 600_000);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('is a filter on /resources/, with every value of its vocabulary', () => {
    const html = page('resources/index.html');
    for (const id of AUDIENCES) expect(html, id).toMatch(new RegExp(`name="audience"[^>]*value="${id}"|value="${id}"[^>]*name="audience"`));
  });

  it('is a filter on the search page, and resource pages tag themselves with it for the index', () => {
    const html = page('search/index.html');
    for (const id of AUDIENCES) expect(html, id).toMatch(new RegExp(`name="audience"[^>]*value="${id}"|value="${id}"[^>]*name="audience"`));
    const tagged = entriesWithAudience();
    for (const [id, audiences] of tagged) {
      const resource = page(`resources/${id}/index.html`);
      for (const audience of audiences)
        expect(resource).toContain(`data-pagefind-filter="audience">${AUDIENCE_TERMS[audience as keyof typeof AUDIENCE_TERMS].label}<`);
    }
  });

  it('is in the search index as a filter, when some entry names an audience', () => {
    const tagged = entriesWithAudience();
    const fragments = readdirSync(dist('pagefind/fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(dist(`pagefind/fragment/${name}`)))
            .subarray(12)
            .toString('utf8'),
        ) as { url: string; filters: Record<string, string[]> },
    );
    const withAudience = fragments.filter((fragment) => fragment.filters.audience?.length);
    expect(withAudience.length).toBe(tagged.size);
  });

  it('has its own static pages: an index and one page per value, listing the entries with that value', () => {
    expect(existsSync(dist('audiences/index.html'))).toBe(true);
    for (const id of AUDIENCES) expect(existsSync(dist(`audiences/${id}/index.html`)), id).toBe(true);
    for (const [entry, audiences] of entriesWithAudience()) {
      for (const audience of audiences) expect(page(`audiences/${audience}/index.html`)).toContain(`/resources/${entry}/`);
    }
  });
});
