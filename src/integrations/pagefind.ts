/**
 * Builds the Pagefind search index as the last step of `astro build`, so every build
 * (and `npm start`) ships a working search. Only elements marked data-pagefind-body are indexed, and only
 * the pages that carry them are read (src/lib/search/indexed-pages.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGEFIND_GLOB } from '../lib/search/indexed-pages';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'alliance-pathways:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times Astro and Pagefind separately: it sets this and runs Pagefind itself.
        if (process.env.SKIP_PAGEFIND === '1') return logger.warn('SKIP_PAGEFIND=1: search index not built');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) fail('createIndex', createErrors);
        const { page_count, errors: addErrors } = await index.addDirectory({ path: outDir, glob: PAGEFIND_GLOB });
        if (addErrors.length > 0) fail('addDirectory', addErrors);
        const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (writeErrors.length > 0) fail('writeFiles', writeErrors);
        await pagefind.close();
        logger.info(`indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
