/**
 * The collections' loader: it hands Astro the entries exactly as the content check read them
 * (src/lib/editing/content-files.ts), instead of Astro's glob loader parsing every file a second time and
 * rendering every body with its own Markdown processor, whose output no page uses (pages publish
 * renderBody's sanitized HTML). In a build the content check has already parsed the tree in this
 * process, so the loader reuses that parse; the bodies are the same strings the check rendered,
 * so renderBody's cache serves the pages. Under `astro dev` it re-reads the tree when a file changes.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadContent, loadContentOnce, type ContentFile, type LoadedContent } from './content-files';

export type CollectionName = 'resources' | 'stages' | 'pathways';

/** The content folder a build reads: CONTENT_DIR (fixtures, benchmarks) or content/, from the project root. */
export function contentFolder(projectRoot: string): string {
  return resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}

/** The entries of one collection as Astro's data store holds them. */
export function storeEntries(
  content: LoadedContent,
  collection: CollectionName,
): Array<{ id: string; data: Record<string, unknown>; body: string; filePath: string }> {
  const files: ContentFile<unknown>[] = content[collection];
  return files.map((file) => ({ id: file.id, data: file.data as Record<string, unknown>, body: file.body, filePath: file.file }));
}

/** The problems found in one collection's files. */
function problemsOf(content: LoadedContent, collection: CollectionName) {
  return content.problems.filter((problem) => problem.file.split('/').includes(collection));
}

function fill(context: LoaderContext, content: LoadedContent, collection: CollectionName): void {
  context.store.clear();
  for (const entry of storeEntries(content, collection)) {
    // The data was validated by the collection's own schema in loadContent, so parseData would only repeat it.
    context.store.set({
      ...entry,
      digest: context.generateDigest(`${entry.filePath}\u0000${entry.body}\u0000${JSON.stringify(entry.data)}`),
    });
  }
}

export function checkedLoader(collection: CollectionName): Loader {
  return {
    name: `alliance-pathways:checked-${collection}`,
    load: async (context) => {
      const projectRoot = fileURLToPath(context.config.root);
      const root = contentFolder(projectRoot);
      if (!context.watcher) {
        // A build or `astro sync`. A build's content check (src/integrations/content-integrity.ts) has already
        // stopped on any problem; `astro sync` runs no integration check, so the loader stops it, as Astro's schema would.
        const content = loadContentOnce(root, projectRoot);
        const problems = problemsOf(content, collection);
        if (problems.length > 0)
          throw new Error(`${problems.length} problem(s) in ${collection}:\n  ${problems.map(formatProblem).join('\n  ')}`);
        fill(context, content, collection);
        return;
      }
      // `astro dev`: read afresh on each change; a file with problems is left out and named.
      const reload = () => {
        const content = loadContent(root, projectRoot);
        for (const problem of problemsOf(content, collection)) context.logger.error(formatProblem(problem));
        fill(context, content, collection);
      };
      reload();
      const folder = resolve(root, collection);
      context.watcher.add(folder);
      context.watcher.on('all', (_event, path) => {
        if (path.startsWith(folder) && path.endsWith('.md')) reload();
      });
    },
  };
}
