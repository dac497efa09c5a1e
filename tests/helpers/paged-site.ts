/**
 * A site long enough that every kind of static list runs over several pages: the real content plus
 * synthetic entries (scripts/bench/synthetic-catalogue.ts), built with the real Astro CLI into a scratch
 * folder (never dist/). Its URL manifest also records a page number past the end of a list, as if the
 * list had been longer once, so the build must still serve that address.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { syntheticCatalogue } from '../../scripts/bench/synthetic-catalogue';
import { loadContent } from '../../src/lib/editing/content-files';
import { runAstro, type AstroRun } from './astro-build';
import { projectRoot } from './content-root';

/** Enough entries for every type to pass one page (the generator spreads them evenly over the types). */
export const SYNTHETIC_ENTRIES = 600;
/** A recorded page number far past the end of the guides' list. */
export const PAST_END_PATH = '/types/guide/page/99/';

export interface PagedSite extends AstroRun {
  contentDir: string;
  /** The entries the site was built from (real and synthetic), parsed with the build's schemas. */
  resources: ReturnType<typeof loadContent>['resources'];
  remove: () => void;
}

export function buildPagedSite(): PagedSite {
  const contentDir = join(mkdtempSync(join(tmpdir(), 'alliance-paged-')), 'content');
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  for (const entry of syntheticCatalogue(SYNTHETIC_ENTRIES, 14)) writeFileSync(join(contentDir, 'resources', `${entry.id}.md`), entry.text);
  const manifestPath = join(contentDir, 'url-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { pages: Record<string, string[]> };
  manifest.pages[PAST_END_PATH] = [];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const run = runAstro('build', { contentRoot: contentDir });
  if (run.status !== 0) throw new Error(`the paged site did not build:\n${run.output.slice(-3000)}`);
  return {
    ...run,
    contentDir,
    resources: loadContent(contentDir, projectRoot).resources,
    remove: () => {
      rmSync(dirname(contentDir), { recursive: true, force: true });
      rmSync(dirname(run.outDir), { recursive: true, force: true });
    },
  };
}
