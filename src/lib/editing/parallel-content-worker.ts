/** One shard of loadContentInParallel (src/lib/editing/parallel-content.ts), run in a worker thread. */
import { parentPort, workerData } from 'node:worker_threads';

// The site's modules import without file extensions (written for Vite); plain Node needs the editor
// scripts' resolve hook, registered here before they load (a worker may start without the parent's flags).
await import('../../../scripts/lib/ts-resolve.mjs');
const { loadContent } = await import('./content-files');
const { renderedBodies } = await import('./markdown-body');

const { contentRoot, projectRoot, index, count, keepRenderedBodies } = workerData as {
  contentRoot: string;
  projectRoot: string;
  index: number;
  count: number;
  keepRenderedBodies: boolean;
};
let read = 0;
// Progress in batches: a message per file would cost more than the count is worth.
const content = loadContent(contentRoot, projectRoot, {
  shard: { index, count },
  onFile: () => {
    read += 1;
    if (read === 200) {
      parentPort?.postMessage({ read });
      read = 0;
    }
  },
});
if (read > 0) parentPort?.postMessage({ read });
const loaded = [...content.resources, ...content.stages, ...content.pathways];
parentPort?.postMessage({ content, rendered: keepRenderedBodies ? renderedBodies(loaded.map((file) => file.body)) : [] });
