/**
 * Everything the build checks about content before it starts, in one call: each file against its
 * schema (and its body against the Markdown rules), then the cross-entry checks below.
 * Used by the content-integrity integration (the build) and by `npm run check`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { entryIds, loadContent, splitFrontmatter, type ContentProblem, type LoadedContent } from './content-files';
import { collectionFiles } from './content-tree';
import type { PreviousImport } from './csv-import';
import { checkIntegrity } from './integrity';
import { checkLinks } from './link-fields';
import { linkFileProblems } from './link-checks';
import { stageBalanceWarnings } from './stage-balance';
import { urlWarning } from '../model/value-rules';

export interface ContentReport {
  content: LoadedContent;
  problems: ContentProblem[];
}

/** One check over the loaded content; each returns problems naming file and field. */
export type ContentCheck = (content: LoadedContent, roots: { contentRoot: string; projectRoot: string }) => ContentProblem[];

/**
 * The checks run after every file has been read. Add new ones here, and both the build and
 * `npm run check` run them: cross-entry integrity, then the link files (short links, moves,
 * withdrawals, and no address recorded in the URL manifest lost; src/lib/editing/link-checks.ts).
 */
export const CONTENT_CHECKS: ContentCheck[] = [
  (content) => checkIntegrity(content),
  (content) => checkLinks(content.resources),
  linkFileProblems,
];

/** `load` may be loadContentOnce where several integrations of one build share the parse. */
export function checkContent(
  contentRoot: string,
  projectRoot: string = process.cwd(),
  load: (contentRoot: string, projectRoot: string) => LoadedContent = loadContent,
): ContentReport {
  const content = load(contentRoot, projectRoot);
  const roots = { contentRoot, projectRoot };
  return { content, problems: [...content.problems, ...CONTENT_CHECKS.flatMap((check) => check(content, roots))] };
}

/** Allowed but worth fixing (a link over plain http, a stage on too many entries): printed by the build and `npm run check`, never fatal. */
export function contentWarnings(content: LoadedContent): ContentProblem[] {
  const urlWarnings = content.resources.flatMap((entry) => {
    const warning = entry.data.url ? urlWarning(entry.data.url) : undefined;
    return warning ? [{ file: entry.file, field: 'url', message: warning }] : [];
  });
  return [...urlWarnings, ...stageBalanceWarnings(content.resources)];
}

/** Old resource ids kept by the link files of the links work, if this project has them (content/redirects.json, retired.json). */
export function linkFileIds(contentRoot: string): Map<string, string> {
  const ids = new Map<string, string>();
  const resourceId = (path: unknown) => (typeof path === 'string' ? /^\/resources\/([a-z0-9-]+)\/$/.exec(path)?.[1] : undefined);
  const read = (name: string): Record<string, unknown> => {
    const path = join(contentRoot, name);
    if (!existsSync(path)) return {};
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch {
      return {}; // the links work reports a malformed file itself, naming it
    }
  };
  const moved = read('redirects.json').moved;
  for (const entry of Array.isArray(moved) ? moved : []) {
    const id = resourceId((entry as Record<string, unknown>).from);
    if (id) ids.set(id, `an old id, moved to ${String((entry as Record<string, unknown>).to)} in content/redirects.json`);
  }
  const retired = read('retired.json').retired;
  for (const entry of Array.isArray(retired) ? retired : []) {
    const id = resourceId((entry as Record<string, unknown>).path);
    if (id) ids.set(id, 'a retired id, listed in content/retired.json');
  }
  return ids;
}

/**
 * Every resource id that a new entry may not take, with the reason: an existing file (valid or not),
 * or an old id that a rename or a retirement keeps for ever.
 */
export function takenResourceIds(contentRoot: string, projectRoot: string = process.cwd()): Map<string, string> {
  const taken = entryIds(contentRoot, 'resources', projectRoot);
  for (const [id, reason] of linkFileIds(contentRoot)) if (!taken.has(id)) taken.set(id, reason);
  return taken;
}

/**
 * Entries made by earlier spreadsheet imports, by id: the spreadsheet's file name and line, and the
 * entry's file. Lets `npm run import` re-import a fixed spreadsheet cleanly and refuse a row whose
 * line an earlier import already took, before it writes anything.
 */
export function previousImports(contentRoot: string, projectRoot: string = process.cwd()): Map<string, PreviousImport> {
  const imports = new Map<string, PreviousImport>();
  const folder = join(contentRoot, 'resources');
  for (const path of collectionFiles(folder)) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('import:')) continue; // only entries with an import source need parsing
    const split = splitFrontmatter(text);
    if ('error' in split) continue;
    const source = (split.frontmatter as { source?: { import?: unknown; line?: unknown } }).source;
    if (typeof source?.import !== 'string' || typeof source.line !== 'number') continue;
    const id = relative(folder, path).split(sep).join('/').replace(/\.md$/, '');
    imports.set(id, { import: source.import, line: source.line, file: relative(projectRoot, path).split(sep).join('/') });
  }
  return imports;
}
