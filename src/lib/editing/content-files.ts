/**
 * Reads the content/ tree from disk and validates every file with the same zod schemas
 * the Astro build uses. Used by the integrity check that runs before each build,
 * by `npm run check` and by the tests; it runs in plain Node, outside Astro.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { resourceSchema, type ResourceData } from '../../schemas/resource';
import { stageSchema, type StageData } from '../../schemas/stage';
import { pathwaySchema, type PathwayData } from '../../schemas/pathway';
import { findUnsafeMarkdown } from './body-rules';
import { collectionFiles, contentTreeProblems, encodingProblem } from './content-tree';
import { oversizedBody, renderBody } from './markdown-body';

export interface ContentFile<T> {
  /** The entry id: its path below the collection folder, without extension (as Astro's glob loader makes it). */
  id: string;
  /** Path of the file, relative to the project root, for error messages. */
  file: string;
  data: T;
  /** The Markdown body below the frontmatter. */
  body: string;
}

export interface ContentProblem {
  file: string;
  /** Dotted path of the field at fault ("stages.0"), or "" for a whole-file problem. */
  field: string;
  message: string;
}

export interface LoadedContent {
  resources: ContentFile<ResourceData>[];
  stages: ContentFile<StageData>[];
  pathways: ContentFile<PathwayData>[];
  problems: ContentProblem[];
  /** Ids of resource files that exist but failed validation (their problems are in `problems`). */
  invalidResourceIds: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Lists entry files below a folder (.md, not starting with "_", symbolic links not followed; see content-tree.ts). */
function markdownFiles(folder: string): string[] {
  return collectionFiles(folder);
}

/**
 * The ids of every entry file in a collection, valid or not, each with its file path relative to
 * the project root (an invalid file still holds its id). Used to keep new ids from clashing.
 */
export function entryIds(contentRoot: string, collection: string, projectRoot: string = process.cwd()): Map<string, string> {
  const base = join(contentRoot, collection);
  return new Map(
    markdownFiles(base)
      .sort()
      .map(
        (path) =>
          [relative(base, path).split(sep).join('/').replace(/\.md$/, ''), relative(projectRoot, path).split(sep).join('/')] as const,
      ),
  );
}

/** Splits a file into parsed frontmatter and body, or reports why it cannot. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } | { error: string } {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { error: 'has no frontmatter block between --- lines at the top' };
  try {
    return { frontmatter: parseYaml(match[1] ?? '') ?? {}, body: match[2] ?? '' };
  } catch (error) {
    return { error: `has frontmatter that is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Turns zod issues into problems that name the file and the field. */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // Zod reports unknown keys at the parent object; name each key as the field at fault.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: [...path, key].join('.'),
        message: 'is not a field of this kind of entry (misspelt, or not allowed for this type)',
      }));
    }
    return [{ file, field: path.join('.'), message: issue.message }];
  });
}

function loadCollection<T>(
  root: string,
  folder: string,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  options: LoadOptions,
): ContentFile<T>[] {
  const base = join(root, folder);
  const loaded: ContentFile<T>[] = [];
  const paths = markdownFiles(base).sort();
  const shard = options.shard;
  for (const [position, path] of paths.entries()) {
    if (shard && position % shard.count !== shard.index) continue;
    const file = relative(root, path).split(sep).join('/');
    const id = relative(base, path).split(sep).join('/').replace(/\.md$/, '');
    options.onFile?.();
    const bytes = readFileSync(path);
    const encoding = encodingProblem(bytes);
    if (encoding) {
      problems.push({ file, field: '', message: encoding });
      continue;
    }
    const split = splitFrontmatter(bytes.toString('utf8'));
    if ('error' in split) {
      problems.push({ file, field: '', message: split.error });
      continue;
    }
    const result = schema.safeParse(split.frontmatter);
    if (!result.success) {
      problems.push(...describeIssues(file, result.error.issues));
      continue;
    }
    if (options.checkBodies === false) {
      loaded.push({ id, file, data: result.data, body: split.body });
      continue;
    }
    // The source rules give early, friendly messages; the rendered body is then held to the allowlist.
    const oversized = oversizedBody(split.body);
    const sourceProblems = oversized ? [oversized] : findUnsafeMarkdown(split.body);
    const unsafe = sourceProblems.length > 0 ? sourceProblems : renderBody(split.body).problems;
    if (unsafe.length > 0) {
      problems.push(
        ...unsafe.map((problem) => ({ file, field: `body (line ${problem.line} below the frontmatter)`, message: problem.message })),
      );
      continue;
    }
    loaded.push({ id, file, data: result.data, body: split.body });
  }
  return loaded;
}

/** How many entry files loadContent reads, for a progress count (src/lib/editing/terminal-progress.ts). */
export function countEntryFiles(contentRoot: string): number {
  return ['resources', 'stages', 'pathways'].reduce((sum, collection) => sum + markdownFiles(join(contentRoot, collection)).length, 0);
}

export interface LoadOptions {
  /** Called once per entry file read, for progress on a terminal. */
  onFile?: () => void;
  /**
   * false: frontmatter only, bodies are neither rendered nor held to the allowlist. For commands that
   * use only ids and fields (links:assign); rendering is most of the cost at tens of thousands of
   * entries. The build and `npm run check` always check bodies.
   */
  checkBodies?: boolean;
  /**
   * Only every `count`-th file from `index` (src/lib/editing/parallel-content.ts runs one shard per worker
   * thread). The tree problems come with shard 0; invalidResourceIds is per shard, so the caller redoes it.
   */
  shard?: { index: number; count: number };
}

/** Loads and validates every collection below `contentRoot` (the folder holding resources/, stages/, pathways/). */
export function loadContent(contentRoot: string, projectRoot: string = process.cwd(), options: LoadOptions = {}): LoadedContent {
  const treeProblems = options.shard && options.shard.index !== 0 ? [] : contentTreeProblems(contentRoot, projectRoot);
  const problems: ContentProblem[] = treeProblems.map((problem) => ({ ...problem, field: '' }));
  const prefix = relative(projectRoot, contentRoot);
  const root = projectRoot;
  const resources = loadCollection(root, join(prefix, 'resources'), resourceSchema, problems, options);
  // A set, not a search of the list per id: at 50,000 entries that search alone took minutes.
  const validIds = new Set(resources.map((entry) => entry.id));
  const invalidResourceIds = [...entryIds(contentRoot, 'resources', projectRoot).keys()].filter((id) => !validIds.has(id));
  const stages = loadCollection(root, join(prefix, 'stages'), stageSchema, problems, options);
  const pathways = loadCollection(root, join(prefix, 'pathways'), pathwaySchema, problems, options);
  return { resources, stages, pathways, problems, invalidResourceIds };
}

/** "content/resources/x.md: stages.0: Invalid option…" — one line an editor can act on. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.field ? ` → field "${problem.field}"` : ''}: ${problem.message}`;
}

/**
 * Shared through globalThis, like the rendered bodies (markdown-body.ts): the content check runs in
 * the config's copy of this module and the collections' loader (src/lib/editing/checked-loader.ts) in Vite's,
 * and both must see the one parse.
 */
const LOADED_KEY = Symbol.for('alliance-pathways:loaded-content');
const loadedOnce: Map<string, LoadedContent> =
  ((globalThis as Record<symbol, unknown>)[LOADED_KEY] as Map<string, LoadedContent> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[LOADED_KEY] = loadedOnce;

const onceKey = (contentRoot: string, projectRoot: string) => `${contentRoot}\u0000${projectRoot}`;

/**
 * loadContent, parsed once per process for each content root: the build's integrations
 * (content integrity, links) and the collections' loader share one parse.
 */
export function loadContentOnce(contentRoot: string, projectRoot: string = process.cwd()): LoadedContent {
  const key = onceKey(contentRoot, projectRoot);
  let content = loadedOnce.get(key);
  if (!content) {
    content = loadContent(contentRoot, projectRoot);
    loadedOnce.set(key, content);
  }
  return content;
}

/** Keeps a parse made elsewhere (in worker threads: src/lib/editing/parallel-content.ts) as the one loadContentOnce gives. */
export function rememberContent(contentRoot: string, projectRoot: string, content: LoadedContent): void {
  loadedOnce.set(onceKey(contentRoot, projectRoot), content);
}

/** The parse loadContentOnce would give, if one was made. */
export function rememberedContent(contentRoot: string, projectRoot: string): LoadedContent | undefined {
  return loadedOnce.get(onceKey(contentRoot, projectRoot));
}
