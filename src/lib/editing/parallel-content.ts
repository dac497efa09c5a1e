/**
 * loadContent spread over worker threads, for `npm run check` at tens of thousands of entries:
 * parsing and rendering each body is CPU work, and a machine with two cores does it in about half
 * the time with two threads. Each thread loads every n-th file (LoadOptions.shard); the results are
 * put back in file order, so the outcome is the one loadContent gives. Small trees stay in one thread
 * (starting a worker costs more than it saves).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  countEntryFiles,
  entryIds,
  loadContent,
  rememberContent,
  rememberedContent,
  type ContentProblem,
  type LoadedContent,
} from './content-files';
import { rememberRenderedBodies, type RenderedBody } from './markdown-body';

/** Below this many entry files, one thread is quicker. */
export const PARALLEL_THRESHOLD = 2_000;

export interface ParallelOptions {
  onFile?: () => void;
  /** Threads to use; by default the machine's available parallelism. */
  threads?: number;
  /** Entry files in the tree (countEntryFiles), to decide whether threads pay. */
  fileCount: number;
  /**
   * Hand the bodies each thread rendered to this one (renderBody's cache), for a build whose pages
   * publish them: without them every body would be rendered a second time.
   */
  keepRenderedBodies?: boolean;
}

/** Puts shard results back together as one loadContent result. */
export function mergeShards(shards: readonly LoadedContent[], resourceIds: Iterable<string>): LoadedContent {
  const byFile = <T extends { file: string }>(items: T[]) => items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const resources = byFile(shards.flatMap((shard) => shard.resources));
  const stages = byFile(shards.flatMap((shard) => shard.stages));
  const pathways = byFile(shards.flatMap((shard) => shard.pathways));
  // Problems of one file stay together and in their order (Array.prototype.sort is stable); files in path order.
  const problems: ContentProblem[] = byFile(shards.flatMap((shard) => shard.problems));
  const valid = new Set(resources.map((entry) => entry.id));
  return { resources, stages, pathways, problems, invalidResourceIds: [...resourceIds].filter((id) => !valid.has(id)) };
}

type ShardMessage = { read: number } | { content: LoadedContent; rendered: Array<[string, RenderedBody]> };

function loadShard(
  contentRoot: string,
  projectRoot: string,
  index: number,
  count: number,
  options: ParallelOptions,
): Promise<LoadedContent> {
  return new Promise((resolve, reject) => {
    // The worker runs with this process's flags (the .ts resolve hook of the editor scripts).
    const worker = new Worker(new URL('./parallel-content-worker.ts', import.meta.url), {
      workerData: { contentRoot, projectRoot, index, count, keepRenderedBodies: options.keepRenderedBodies === true },
    });
    worker.on('message', (message: ShardMessage) => {
      if ('read' in message) for (let done = 0; done < message.read; done += 1) options.onFile?.();
      else {
        rememberRenderedBodies(message.rendered);
        resolve(message.content);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`content worker ${index} stopped with exit code ${code}`));
    });
  });
}

export async function loadContentInParallel(contentRoot: string, projectRoot: string, options: ParallelOptions): Promise<LoadedContent> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (threads === 1 || options.fileCount < PARALLEL_THRESHOLD) return loadContent(contentRoot, projectRoot, { onFile: options.onFile });
  const shards = await Promise.all(
    Array.from({ length: threads }, (_unused, index) => loadShard(contentRoot, projectRoot, index, threads, options)),
  );
  return mergeShards(shards, entryIds(contentRoot, 'resources', projectRoot).keys());
}

/**
 * loadContentOnce for a build: the one parse its integrations and collections share, made in worker
 * threads when the tree is large enough for them to pay, with the rendered bodies brought back for the pages.
 */
export async function loadContentOnceInParallel(contentRoot: string, projectRoot: string): Promise<LoadedContent> {
  const remembered = rememberedContent(contentRoot, projectRoot);
  if (remembered) return remembered;
  const content = await loadContentInParallel(contentRoot, projectRoot, {
    fileCount: countEntryFiles(contentRoot),
    keepRenderedBodies: true,
  });
  rememberContent(contentRoot, projectRoot, content);
  return content;
}
