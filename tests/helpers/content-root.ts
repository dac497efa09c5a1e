/** Builds throwaway content trees (copies of the real stages plus test files) in a temp folder. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/** A content root with the real stages, the given resource files and optional pathways. */
export function makeContentRoot(resources: Record<string, string>, pathways: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'alliance-content-'));
  cpSync(join(projectRoot, 'content/stages'), join(root, 'stages'), { recursive: true });
  mkdirSync(join(root, 'resources'));
  mkdirSync(join(root, 'pathways'));
  for (const [name, text] of Object.entries(resources)) writeFileSync(join(root, 'resources', name), text);
  for (const [name, text] of Object.entries(pathways)) writeFileSync(join(root, 'pathways', name), text);
  return root;
}
