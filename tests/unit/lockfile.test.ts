/** package-lock.json is complete enough for `npm ci` on a clean machine of any platform (.ci/run and the deploy workflow use it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockfileProblems } from '../../scripts/lib/lockfile.mjs';
import { projectRoot } from '../helpers/content-root';

const readJson = (name: string) => JSON.parse(readFileSync(join(projectRoot, name), 'utf8'));

interface LockEntry {
  version?: string;
  integrity?: string;
  [field: string]: unknown;
}

/** A small complete lockfile: a package with an optional per-platform binary, and a nested copy. */
function lock(): { name: string; lockfileVersion: number; packages: Record<string, LockEntry> } {
  return {
    name: 'x',
    lockfileVersion: 3,
    packages: {
      '': { name: 'x', dependencies: { compiler: '^1.0.0' }, devDependencies: { tool: '^2.0.0' } },
      'node_modules/compiler': {
        version: '1.0.0',
        integrity: 'sha512-a',
        optionalDependencies: { 'compiler-linux-x64': '1.0.0', 'compiler-android-arm64': '1.0.0' },
      },
      'node_modules/compiler-linux-x64': { version: '1.0.0', integrity: 'sha512-b', optional: true, os: ['linux'] },
      'node_modules/compiler-android-arm64': { version: '1.0.0', integrity: 'sha512-c', optional: true, os: ['android'] },
      'node_modules/tool': {
        version: '2.0.0',
        integrity: 'sha512-d',
        dev: true,
        dependencies: { helper: '^3' },
        peerDependencies: { maybe: '*' },
        peerDependenciesMeta: { maybe: { optional: true } },
      },
      'node_modules/tool/node_modules/helper': { version: '3.1.0', integrity: 'sha512-e', dev: true },
    },
  };
}
const manifest = { name: 'x', dependencies: { compiler: '^1.0.0' }, devDependencies: { tool: '^2.0.0' } };

describe('lockfileProblems', () => {
  it('passes the committed package-lock.json against package.json', () => {
    expect(lockfileProblems(readJson('package.json'), readJson('package-lock.json'))).toEqual([]);
  });

  it('passes a complete lockfile, resolving nested packages and skipping optional peers', () => {
    expect(lockfileProblems(manifest, lock())).toEqual([]);
  });

  it('finds another platform’s optional binary missing (what made `npm ci` refuse the old lockfile)', () => {
    const broken = lock();
    delete broken.packages['node_modules/compiler-android-arm64'];
    expect(lockfileProblems(manifest, broken)).toEqual([
      'package-lock.json: missing compiler-android-arm64, an optional dependency of node_modules/compiler; run `npm install` and commit the lockfile',
    ]);
  });

  it('finds a package.json change not yet in the lockfile, a missing nested dependency and a missing hash', () => {
    const broken = lock();
    delete broken.packages['node_modules/tool/node_modules/helper'];
    delete broken.packages['node_modules/compiler']!.integrity;
    const problems = lockfileProblems({ ...manifest, devDependencies: { tool: '^2.1.0', extra: '1' } }, broken);
    expect(problems).toContain(
      'package-lock.json: devDependencies of the project say tool@^2.0.0, package.json says ^2.1.0; run `npm install`',
    );
    expect(problems).toContain(
      'package-lock.json: devDependencies of the project say extra@(absent), package.json says 1; run `npm install`',
    );
    expect(problems).toContain(
      'package-lock.json: missing helper, a dependency of node_modules/tool; run `npm install` and commit the lockfile',
    );
    expect(problems).toContain('package-lock.json: node_modules/compiler has no integrity hash');
  });

  it('refuses a lockfile without a packages map', () => {
    expect(lockfileProblems(manifest, { lockfileVersion: 1, dependencies: {} })).toHaveLength(1);
  });
});
