import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validGuideFile } from '../helpers/resource-input';
import { countEntryFiles, formatProblem, loadContent, splitFrontmatter } from '../../src/lib/editing/content-files';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const validGuide = validGuideFile();

describe('splitFrontmatter', () => {
  it('splits YAML from the body and ignores a byte-order mark', () => {
    const split = splitFrontmatter(`\uFEFF---\ntitle: x\n---\nBody`);
    expect(split).toEqual({ frontmatter: { title: 'x' }, body: 'Body' });
  });
  it('explains a file with no frontmatter', () => {
    expect(splitFrontmatter('just text')).toEqual({ error: 'has no frontmatter block between --- lines at the top' });
  });
  it('explains broken YAML', () => {
    const split = splitFrontmatter('---\ntitle: [unclosed\n---\n');
    expect('error' in split && split.error).toMatch(/not valid YAML/);
  });
});

describe('loadContent', () => {
  it('reports each entry file it reads, as many as countEntryFiles counts', () => {
    const root = tree({
      'resources/a-field-guide.md': validGuide,
      'resources/broken.md': 'no frontmatter',
      'resources/_draft.md': validGuide,
    });
    let read = 0;
    loadContent(root, root, { onFile: () => (read += 1) });
    expect(read).toBe(2);
    expect(countEntryFiles(root)).toBe(2);
  });

  it('checks bodies against the allowlist unless told to read frontmatter only (links:assign)', () => {
    const unsafe = validGuide.replace(/\n---\n[\s\S]*$/, '\n---\n<script>alert(1)</script>\n');
    const root = tree({ 'resources/a-field-guide.md': unsafe });
    expect(loadContent(root, root).problems.map((problem) => problem.field)).toEqual([expect.stringMatching(/^body/)]);
    const fieldsOnly = loadContent(root, root, { checkBodies: false });
    expect(fieldsOnly.problems).toEqual([]);
    expect(fieldsOnly.resources.map((entry) => entry.id)).toEqual(['a-field-guide']);
  });

  it('loads valid files with ids from their file names', () => {
    const root = tree({ 'resources/a-field-guide.md': validGuide });
    const content = loadContent(root, root);
    expect(content.problems).toEqual([]);
    expect(content.resources.map((r) => [r.id, r.file])).toEqual([['a-field-guide', 'resources/a-field-guide.md']]);
    expect(content.resources[0]?.body.trim()).toBe('The body.');
  });

  it('skips files whose names start with an underscore, as the Astro loader does', () => {
    const root = tree({ 'resources/_draft.md': 'not even frontmatter' });
    expect(loadContent(root, root)).toMatchObject({ resources: [], problems: [] });
  });

  it('names the file and the field of every schema problem', () => {
    const root = tree({ 'resources/bad.md': validGuide.replace('stages: [get-ready]', 'stages: [nowhere]') });
    const [problem] = loadContent(root, root).problems;
    expect(problem).toMatchObject({ file: 'resources/bad.md', field: 'stages.0' });
    expect(formatProblem(problem!)).toMatch(/^resources\/bad\.md → field "stages\.0": Invalid option/);
  });
});

describe('describeIssues', () => {
  it('names each unknown key as the field at fault', () => {
    const root = tree({ 'resources/extra.md': validGuide.replace('provenance: ngo', 'provenance: ngo\ndurationMinutes: 30\nstage: x') });
    const fields = loadContent(root, root).problems.map((problem) => problem.field);
    expect(fields.sort()).toEqual(['durationMinutes', 'stage']);
  });
});
