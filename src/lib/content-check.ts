/**
 * Everything the build checks about content before it starts, in one call: each file against its
 * schema, the cross-entry integrity rules, and the redirects of renamed entries.
 * Used by the content-integrity integration (the build) and by `npm run check`.
 */
import { join, relative } from 'node:path';
import { entryIds, loadContent, type ContentProblem, type LoadedContent } from './content-files';
import { checkIntegrity } from './integrity';
import { checkRedirects, loadRedirects, REDIRECTS_FILE, type Redirects } from './redirects';

export interface ContentReport {
  content: LoadedContent;
  redirects: Redirects;
  problems: ContentProblem[];
}

/** One check over the loaded content; each returns problems naming file and field. */
export type ContentCheck = (report: Omit<ContentReport, 'problems'>, roots: { contentRoot: string; projectRoot: string }) => ContentProblem[];

/**
 * The checks run after every file has been read. Add new ones here, and both the build and
 * `npm run check` run them. (The links work adds its URL manifest check to this list.)
 */
export const CONTENT_CHECKS: ContentCheck[] = [
  ({ content }) => checkIntegrity(content),
  ({ redirects }, { contentRoot, projectRoot }) =>
    checkRedirects(redirects.resources, new Set(entryIds(contentRoot, 'resources', projectRoot).keys()), relative(projectRoot, join(contentRoot, REDIRECTS_FILE))),
];

export function checkContent(contentRoot: string, projectRoot: string = process.cwd()): ContentReport {
  const content = loadContent(contentRoot, projectRoot);
  const redirects = loadRedirects(contentRoot, relative(projectRoot, join(contentRoot, REDIRECTS_FILE)));
  const roots = { contentRoot, projectRoot };
  const problems = [...content.problems, ...redirects.problems, ...CONTENT_CHECKS.flatMap((check) => check({ content, redirects }, roots))];
  return { content, redirects, problems };
}

/**
 * Every resource id that a new entry may not take, with the reason: an existing file (valid or not)
 * or an old id kept by a redirect.
 */
export function takenResourceIds(contentRoot: string, projectRoot: string = process.cwd()): Map<string, string> {
  const taken = entryIds(contentRoot, 'resources', projectRoot);
  const file = relative(projectRoot, join(contentRoot, REDIRECTS_FILE));
  for (const [from, to] of loadRedirects(contentRoot, file).resources) {
    if (!taken.has(from)) taken.set(from, `an old id, now redirected to "${to}" in ${file}`);
  }
  return taken;
}
