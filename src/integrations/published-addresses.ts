/**
 * The last step of a build: every address, anchor and file recorded in content/url-manifest.json
 * must still be served by dist/ (directly, through a move, or as a withdrawal page). Otherwise the
 * build fails, saying which file to edit, so a deploy (which runs `npm run build`) can never drop a
 * published address. The content check predicts most losses before the build (src/lib/editing/link-checks.ts);
 * this catches the rest, such as a section heading that was renamed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot, loadLinkData } from '../lib/links/link-data';
import { publishedAddressProblems, readManifestChecked } from '../lib/editing/link-checks';
import { readSnapshot } from '../lib/links/url-manifest-files';

export default function publishedAddresses(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'alliance-pathways:published-addresses',
    hooks: {
      'astro:config:setup': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = contentRoot(projectRoot);
        const manifest = readManifestChecked(root);
        if ('error' in manifest) throw new Error(`content/url-manifest.json ${manifest.error}`);
        const problems = publishedAddressProblems(manifest, readSnapshot(fileURLToPath(dir)), loadLinkData(root));
        if (problems.length > 0)
          throw new Error(`Published-address check failed with ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        logger.info(`addresses ok: every page, anchor and file in url-manifest.json is still served`);
      },
    },
  };
}
