/** Earlier committed versions of a file, for checks that something was never taken away. */
import { spawnSync } from 'node:child_process';
import { projectRoot } from './content-root';

function git(args: string[]): string {
  const result = spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (these checks need the project's git history): ${result.stderr}`);
  return result.stdout;
}

/** The text of `path` (relative to the project root) in every commit that changed it, oldest first. */
export function committedVersions(path: string): string[] {
  const commits = git(['log', '--format=%H', '--reverse', '--', path]).split('\n').filter(Boolean);
  return commits.flatMap((commit) => {
    const listed = git(['ls-tree', '--name-only', commit, '--', path]).trim();
    return listed ? [git(['show', `${commit}:${path}`])] : [];
  });
}
