/** Builds throwaway content trees (copies of the real stages plus test files) in a temp folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/** A content root with the real stages, the given resource files and optional pathways. */
export function makeContentRoot(resources: Record<string, string>, pathways: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'alliance-content-'));
  cpSync(join(projectRoot, 'content/stages'), join(root, 'stages'), { recursive: true });
  // The stages' "Start with these" picks name real entries, which a fixture folder does not have.
  for (const name of readdirSync(join(root, 'stages'))) {
    const path = join(root, 'stages', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^startWith:\n(?: {2}.*\n)+/m, ''));
  }
  mkdirSync(join(root, 'resources'));
  mkdirSync(join(root, 'pathways'));
  for (const [name, text] of Object.entries(resources)) writeFileSync(join(root, 'resources', name), text);
  for (const [name, text] of Object.entries(pathways)) writeFileSync(join(root, 'pathways', name), text);
  return root;
}

/**
 * Builds the site from a fixture content root into a fresh temporary dist/ (with its own Astro
 * cache, so the real build is never disturbed). Returns the exit status, the output and the dist folder.
 */
export function buildFixtureSite(contentRoot: string): { status: number | null; output: string; dist: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'alliance-fixture-'));
  const dist = join(scratch, 'dist');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentRoot, ASTRO_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}
