/**
 * Stops `astro build` before it starts when content is invalid or inconsistent:
 * schema errors, duplicate ids, broken references and redirects, each named by file and field.
 * (Astro itself only logs broken references and duplicate ids, and exits 0.)
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadContentOnce } from '../lib/editing/content-files';
import { checkContent, contentWarnings } from '../lib/editing/content-check';
import { loadContentOnceInParallel } from '../lib/editing/parallel-content';

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'alliance-pathways:content-integrity',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const projectRoot = fileURLToPath(config.root);
        const contentRoot = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
        // One parse per build, shared with the links integration and the collections' loader; made in
        // worker threads at thousands of entries (about half the time on two cores).
        await loadContentOnceInParallel(contentRoot, projectRoot);
        const { content, problems } = checkContent(contentRoot, projectRoot, loadContentOnce);
        if (problems.length > 0) {
          const lines = problems.map(formatProblem);
          throw new Error(`Content check failed with ${problems.length} problem(s):\n  ${lines.join('\n  ')}`);
        }
        for (const warning of contentWarnings(content)) logger.warn(formatProblem(warning));
        logger.info(
          `content ok: ${content.resources.length} resources, ${content.stages.length} stages, ${content.pathways.length} pathways`,
        );
      },
    },
  };
}
