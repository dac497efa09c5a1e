/**
 * The documentation stays true to the code: lists in README, CONTRIBUTING and docs/architecture.md
 * (commands, types, kinds of publisher, facets, stages, budgets, the files of src/lib) are compared
 * with the code they describe, and the JSON examples for the link files parse with their schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/lib/budgets.mjs';
import { FACET_KEYS } from '../../src/lib/catalogue/browse';
import { FACET_DEFINITIONS } from '../../src/lib/catalogue/facets';
import { PROVENANCE_TERMS, PROVENANCES, RESOURCE_TYPE_TERMS, RESOURCE_TYPES, STAGE_IDS, STAGE_TERMS } from '../../src/lib/model/vocabularies';
import { redirectsFileSchema, retiredFileSchema } from '../../src/schemas/links';
import { projectRoot } from '../helpers/content-root';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const readme = read('README.md');
const contributing = read('CONTRIBUTING.md');
const architecture = read('docs/architecture.md');
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);

/** "A, B, C or D" / "A, B, C, or D" → [A, B, C, D] */
const listItems = (text: string) => text.split(/,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/).map((item) => item.trim()).filter(Boolean);

describe('commands', () => {
  it.each([
    ['README.md', readme],
    ['CONTRIBUTING.md', contributing],
    ['docs/architecture.md', architecture],
  ])('%s mentions only npm commands that exist', (_file, text) => {
    const mentioned = [...text.matchAll(/npm run ([a-z][a-z0-9:-]*)/g)].map((match) => match[1]!);
    expect(mentioned.length).toBeGreaterThan(0);
    expect(mentioned.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('README mentions every npm command of package.json', () => {
    const missing = scripts.filter((name) => !['test', 'start'].includes(name) && !readme.includes(`npm run ${name}`));
    expect(missing).toEqual([]);
  });
});

describe('vocabularies in CONTRIBUTING.md', () => {
  const row = (column: string) => new RegExp(`^\\| \`${column}\` \\|[^\\n]*`, 'm').exec(contributing)?.[0] ?? '';

  it('lists every type, by label, in the order of the vocabulary', () => {
    const listed = /by name or id: ([^.|]+)\./.exec(row('type'))?.[1] ?? '';
    expect(listItems(listed)).toEqual(RESOURCE_TYPES.map((type) => RESOURCE_TYPE_TERMS[type].label));
  });

  it('lists every kind of publisher, by label', () => {
    const listed = /kind of publisher: ([^|]+)\.\s*\|/.exec(row('provenance'))?.[1] ?? '';
    expect(listItems(listed)).toEqual(PROVENANCES.map((value) => PROVENANCE_TERMS[value].label));
  });
});

describe('facets in README.md', () => {
  it('names every browse filter, in the order of the page', () => {
    const listed = /lists the whole catalogue with filters for ([^.]+)\./.exec(readme.replace(/\s+/g, ' '))?.[1] ?? '';
    expect(listItems(listed)).toEqual(FACET_KEYS.map((key) => FACET_DEFINITIONS[key].label.toLowerCase()));
  });
});

describe('docs/architecture.md', () => {
  it('has the stage table of the vocabulary', () => {
    const rows = [...architecture.matchAll(/^\| (\d) \| `([a-z-]+)` \| ([^|]+) \|$/gm)].map((match) => [Number(match[1]), match[2], match[3]!.trim()]);
    expect(rows).toEqual(STAGE_IDS.map((id) => [STAGE_TERMS[id].number, id, STAGE_TERMS[id].label]));
  });

  it('has the byte budgets of scripts/lib/budgets.mjs', () => {
    const listed = [...architecture.matchAll(/^\| [^|]+ \| (\d+) KB \|$/gm)].map((match) => Number(match[1]) * 1024).sort((a, b) => a - b);
    expect(listed).toEqual(Object.values(BUDGETS).sort((a, b) => a - b));
  });

  it('places every file of src/lib under its folder in the map, and names no file that is gone', () => {
    const map = architecture.slice(architecture.indexOf('### `src/lib` by capability'), architecture.indexOf('## Tests'));
    // "- **folder** …" bullets, each running until the next bullet or blank line
    const sections = [...map.matchAll(/^- \*\*([a-z]+)\*\*([\s\S]*?)(?=^- |^$)/gm)];
    const folders = readdirSync(join(projectRoot, 'src/lib'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(sections.map((section) => section[1]).sort()).toEqual([...folders].sort());
    for (const [, folder, text] of sections) {
      const named = [...text!.matchAll(/`([a-z-]+\.ts)`/g)].map((match) => match[1]!).sort();
      const files = readdirSync(join(projectRoot, 'src/lib', folder!)).filter((name) => name.endsWith('.ts')).sort();
      expect(named, folder).toEqual(files);
    }
    expect(readdirSync(join(projectRoot, 'src/lib')).filter((name) => name.endsWith('.ts')), 'no loose files in src/lib').toEqual([]);
  });
});

describe('README.md map', () => {
  it('points to the architecture and names src/lib, paths.ts and vocabularies.ts', () => {
    for (const name of ['docs/architecture.md', 'src/lib/', 'src/lib/catalogue/paths.ts', 'src/lib/model/vocabularies.ts', 'src/scripts/']) expect(readme, name).toContain(name);
  });
});

describe('link-file examples', () => {
  const jsonBlocks = (text: string) => [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

  it('CONTRIBUTING’s redirects.json and retired.json examples are whole files the build accepts', () => {
    const blocks = jsonBlocks(contributing);
    const moved = blocks.filter((block) => 'moved' in block);
    const retired = blocks.filter((block) => 'retired' in block);
    expect(moved.length).toBeGreaterThan(0);
    expect(retired.length).toBeGreaterThan(0);
    for (const block of moved) expect(redirectsFileSchema.safeParse(block).error).toBeUndefined();
    for (const block of retired) expect(retiredFileSchema.safeParse(block).error).toBeUndefined();
  });
});

describe('no reference to a design file outside the repository', () => {
  /** Text files of the project's own folders (this test file aside: it has to name what it looks for). */
  function textFiles(dir: string): string[] {
    return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : textFiles(path);
      return /\.(md|ts|mjs|astro|json|yml)$/.test(entry.name) && path !== 'tests/content/docs.test.ts' ? [path] : [];
    });
  }
  const files = ['README.md', 'CONTRIBUTING.md', ...['docs', 'src', 'scripts', 'tests', '.github', '.ci'].flatMap(textFiles)];

  it('reads the folders it should', () => {
    expect(files).toContain('src/lib/catalogue/paths.ts');
    expect(files).toContain('docs/architecture.md');
  });

  it('cites docs/architecture.md, never the design brief that lives outside the repository', () => {
    expect(files.filter((file) => read(file).includes('DESIGN' + '.md'))).toEqual([]);
  });
});
