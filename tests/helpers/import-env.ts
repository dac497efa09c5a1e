/** Shared pieces for the importer and editor-command tests. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { projectRoot } from './content-root';

export const importFixture = (name: string): string => join(projectRoot, 'tests/fixtures/import', name);
export const readFixture = (name: string): string => readFileSync(importFixture(name), 'utf8');

const copies: string[] = [];

/** A throwaway copy of the real content/ folder; tests write here, never into content/. */
export function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'alliance-editors-'));
  copies.push(root);
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  return join(root, 'content');
}

/** Runs an editor command (scripts/<name>.ts) the way `npm run` does, against a content folder. */
export function runScript(script: string, args: readonly string[], options: { contentDir: string; input?: string }) {
  const result = spawnSync(process.execPath, ['--import', './scripts/lib/ts-resolve.mjs', `scripts/${script}`, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: options.contentDir, NO_COLOR: '1' },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

/** Deletes every copy made by copyOfContent (call it in afterAll). */
export function removeCopies(): void {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}
