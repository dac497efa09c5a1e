import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { validGuideFile } from '../helpers/resource-input';
import { makeContentRoot } from '../helpers/content-root';
import { checkedLoader, contentFolder, storeEntries } from '../../src/lib/editing/checked-loader';
import { loadContent, loadContentOnce } from '../../src/lib/editing/content-files';

/** The parts of Astro's loader context the loader uses, with a Map as the data store. */
function fakeContext(projectRoot: string) {
  const entries = new Map<
    string,
    { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string | number }
  >();
  const errors: string[] = [];
  const context = {
    collection: 'resources',
    config: { root: pathToFileURL(`${projectRoot}/`) },
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
    },
    generateDigest: (value: string) => String(value.length),
    logger: { error: (message: string) => errors.push(message) },
  } as unknown as LoaderContext;
  return { context, entries, errors };
}

const savedContentDir = process.env.CONTENT_DIR;
afterEach(() => {
  if (savedContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedContentDir;
});

describe('checkedLoader', () => {
  it('stores each valid entry with the data, body and file the content check read', async () => {
    const root = makeContentRoot({ 'a-field-guide.md': validGuideFile() });
    process.env.CONTENT_DIR = root;
    const { context, entries } = fakeContext(root);
    await checkedLoader('resources').load(context);
    const checked = loadContent(root, `${root}/`);
    expect([...entries.keys()]).toEqual(['a-field-guide']);
    const stored = entries.get('a-field-guide')!;
    expect(stored.data).toEqual(checked.resources[0]!.data);
    // The same string the content check rendered, so renderBody's cache serves the page.
    expect(stored.body).toBe(checked.resources[0]!.body);
    expect(stored.filePath).toBe('resources/a-field-guide.md');
    expect(stored.digest).toBeDefined();
  });

  it('without a watcher (astro sync, or a build), stops on a file with problems, naming file and field', async () => {
    const root = makeContentRoot({
      'a-field-guide.md': validGuideFile(),
      'bad-stage.md': validGuideFile().replace('stages: [get-ready]', 'stages: [no-such-stage]'),
    });
    process.env.CONTENT_DIR = root;
    const { context } = fakeContext(root);
    await expect(checkedLoader('resources').load(context)).rejects.toThrow(/resources\/bad-stage\.md → field "stages\.0"/);
    // Another collection's loader is not stopped by a resource's problem.
    await expect(checkedLoader('stages').load(fakeContext(root).context)).resolves.toBeUndefined();
  });

  it('in a build, reuses the parse the content check made in this process', async () => {
    const root = makeContentRoot({ 'a-field-guide.md': validGuideFile() });
    process.env.CONTENT_DIR = root;
    const projectRoot = `${root}/`;
    const shared = loadContentOnce(contentFolder(projectRoot), projectRoot);
    // Changing the file afterwards shows whether the loader read the disk again.
    writeFileSync(join(root, 'resources', 'a-second-guide.md'), validGuideFile());
    const { context, entries } = fakeContext(root);
    await checkedLoader('resources').load(context);
    expect([...entries.keys()]).toEqual(shared.resources.map((entry) => entry.id));
    expect(entries.has('a-second-guide')).toBe(false);
  });

  it('under astro dev, reads afresh, names a file with problems and reloads when a file changes', async () => {
    const root = makeContentRoot({ 'a-field-guide.md': validGuideFile(), 'broken.md': '---\ntitle: [unclosed\n---\n' });
    process.env.CONTENT_DIR = root;
    const { context, entries, errors } = fakeContext(root);
    const listeners: Array<(event: string, path: string) => void> = [];
    Object.assign(context, {
      watcher: { add: () => undefined, on: (_name: string, listener: (event: string, path: string) => void) => listeners.push(listener) },
    });
    await checkedLoader('resources').load(context);
    expect([...entries.keys()]).toEqual(['a-field-guide']);
    expect(errors.join('\n')).toMatch(/resources\/broken\.md.*not valid YAML/);
    const added = join(root, 'resources', 'another-guide.md');
    writeFileSync(added, validGuideFile());
    for (const listener of listeners) listener('add', added);
    expect([...entries.keys()].sort()).toEqual(['a-field-guide', 'another-guide']);
  });
});

describe('storeEntries', () => {
  it('gives stages and pathways too, by collection', () => {
    const root = mkdtempSync(join(tmpdir(), 'checked-loader-'));
    const content = {
      resources: [],
      stages: [{ id: 's', file: 'stages/s.md', data: { title: 'S' }, body: 'b' }],
      pathways: [],
      problems: [],
      invalidResourceIds: [],
    };
    expect(storeEntries(content as never, 'stages')).toEqual([{ id: 's', data: { title: 'S' }, body: 'b', filePath: 'stages/s.md' }]);
    expect(storeEntries(content as never, 'pathways')).toEqual([]);
    expect(contentFolder(root)).toBe(process.env.CONTENT_DIR ?? join(root, 'content'));
  });
});
