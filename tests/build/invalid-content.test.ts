/**
 * Bad frontmatter must stop the real build with a message naming the file and the field.
 * Each fixture in tests/fixtures/invalid-resources breaks one rule; it is added to a copy of the
 * real stages and built with `astro build` (our pre-build check) and `astro sync` (Astro's own validation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, projectRoot } from '../helpers/content-root';
import { runAstro } from '../helpers/astro-build';

const fixtureDir = join(projectRoot, 'tests/fixtures/invalid-resources');
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => {
    const text = readFileSync(join(fixtureDir, name), 'utf8');
    const field = /# expect-field: (\S+)/.exec(text)?.[1];
    if (!field) throw new Error(`${name} lacks an "# expect-field:" line`);
    return { name, text, field };
  });

const astro = (command: 'build' | 'sync', contentRoot: string) => runAstro(command, { contentRoot });

describe('invalid frontmatter fails the build, naming file and field', () => {
  it('has fixtures to try', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures)('astro build rejects $name (field $field)', ({ name, text, field }) => {
    const root = makeContentRoot({ [name]: text });
    const { status, output } = astro('build', root);
    expect(status).not.toBe(0);
    expect(output).toContain(`resources/${name}`);
    expect(output).toContain(`field "${field}"`);
  });

  it("Astro's own validation (astro sync) also names the file and the field", () => {
    const fixture = fixtures.find((f) => f.name === 'unknown-stage.md')!;
    const { status, output } = astro('sync', makeContentRoot({ [fixture.name]: fixture.text }));
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-stage');
    expect(output).toMatch(/stages\.?\[?0/);
  });

  it('a broken pathway reference fails the build (Astro alone would only log it)', () => {
    const pathway = `---
title: A pathway with a dangling link
summary: This fixture points a step at a resource that does not exist, which must stop the build.
steps:
  - id: first
    title: First step
    stage: get-ready
    summary: A step whose resource list names an entry that is not in the catalogue.
    actions: [Do the thing]
    checklist: [The thing is done]
    resources: [no-such-resource, another-missing-resource]
  - id: second
    title: Second step
    stage: build-the-alliance
    summary: A second step so that the pathway meets the two-step minimum of the schema.
    actions: [Do the next thing]
    checklist: [The next thing is done]
    resources: [third-missing-resource, fourth-missing-resource]
---
`;
    const { status, output } = astro('build', makeContentRoot({}, { 'dangling.md': pathway }));
    expect(status).not.toBe(0);
    expect(output).toContain('pathways/dangling.md');
    expect(output).toContain('field "steps.0.resources.0"');
    expect(output).toContain('no-such-resource');
  });

  it('a valid tree builds (the harness itself is sound)', () => {
    const good = readFileSync(join(projectRoot, 'content/resources/art-and-public-health.md'), 'utf8');
    const { status, output } = astro('build', makeContentRoot({ 'art-and-public-health.md': good }));
    expect(output).toContain('content ok: 1 resources');
    expect(status).toBe(0);
  }, 120_000);
});
