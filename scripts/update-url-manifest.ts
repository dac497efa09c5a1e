/**
 * `npm run manifest:update`: records in content/url-manifest.json every address and trainer anchor
 * the current build (dist/) publishes. It only adds: an address that disappeared stays recorded
 * and is reported, because the fix is a move (content/redirects.json) or a withdrawal
 * (content/retired.json), never forgetting it. Commit the file with the change that added pages.
 * `--dist <folder>` reads another build than ./dist (the editor-command benchmark times this part alone).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, loadLinkData } from '../src/lib/links/link-data';
import { diffManifest, manifestOf, mergeManifests } from '../src/lib/links/url-manifest';
import { readManifest, readSnapshot, writeManifest } from '../src/lib/links/url-manifest-files';
import { progress } from '../src/lib/editing/terminal-progress';

const COMMENT =
  'Every published address and trainer anchor. Only grows: `npm run manifest:update` adds new ones; a missing one needs a move (redirects.json) or a withdrawal (retired.json).';

export function main(args: string[] = []): number {
  const { values } = parseArgs({ args, options: { dist: { type: 'string', default: 'dist' } } });
  const dist = resolve(process.cwd(), values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    return 1;
  }
  const root = contentRoot();
  const committed = readManifest(root);
  const snapshot = readSnapshot(dist, progress('Reading the built pages', 0), { keepAnchors: true });
  const diff = diffManifest(committed, snapshot, loadLinkData(root));
  writeManifest(root, mergeManifests({ ...committed, $comment: COMMENT }, manifestOf(snapshot)));
  console.log(
    `Recorded ${diff.newPages.length} new page(s), ${diff.newAnchors.length} new anchor(s) and ${diff.newFiles.length} new file(s).`,
  );
  const missing = [...diff.missingPages, ...diff.missingAnchors, ...diff.missingFiles];
  if (missing.length > 0) {
    console.error(
      `${missing.length} recorded address(es) are no longer served; add a move or a withdrawal for each:\n  ${missing.join('\n  ')}`,
    );
    return 1;
  }
  return 0;
}

process.exit(main(process.argv.slice(2)));
