/**
 * A throwaway copy of the whole project (the files git tracks or would track, node_modules linked,
 * not copied) with a one-commit history of its own, so a test can edit content the way an editor
 * does and run the project's own commands and suites over the result without touching the real tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './content-root';

export interface CommandRun {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
  stdout: string;
}

/**
 * Vitest and npm put their own variables into process.env (BASE_URL, MODE, npm_*, CONTENT_DIR from a
 * parent test…); a command run in the copy must see a shell's environment, not the test runner's.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const fromRunner = [
      'BASE_URL',
      'MODE',
      'DEV',
      'PROD',
      'SSR',
      'TEST',
      'NODE_ENV',
      'VITEST',
      'CONTENT_DIR',
      'BASE_PATH',
      'ASTRO_CACHE_DIR',
    ].includes(key);
    if (fromRunner || key.startsWith('VITE') || key.startsWith('VITEST_') || key.startsWith('npm_')) delete env[key];
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

function runIn(cwd: string, command: string, args: readonly string[], timeoutMs = 600_000, extraEnv: NodeJS.ProcessEnv = {}): CommandRun {
  const env = { ...cleanEnvironment(), ...extraEnv };
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const error = result.error ? `\n${result.error.message}` : '';
  return { status: result.status, stdout: result.stdout ?? '', output: `${result.stdout ?? ''}${result.stderr ?? ''}${error}` };
}

/** The project's files as git sees them: tracked, plus new files not ignored (work in progress counts). */
function projectFiles(): string[] {
  const listed = runIn(projectRoot, 'git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  if (listed.status !== 0) throw new Error(`git ls-files failed (the copy needs the project's git checkout): ${listed.output}`);
  return listed.stdout.split('\0').filter(Boolean);
}

export interface ProjectCopy {
  root: string;
  /** Runs a command in the copy, as a person would in a shell there. */
  run(command: string, args: readonly string[], timeoutMs?: number): CommandRun;
  /** Commits everything in the copy, as an editor commits their change. */
  commit(message: string): CommandRun;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const scratch = mkdtempSync(join(tmpdir(), 'alliance-project-'));
  const root = join(scratch, 'alliance-pathways');
  for (const file of projectFiles()) {
    mkdirSync(join(root, dirname(file)), { recursive: true });
    // A file deleted in the working tree but still tracked is simply left out.
    try {
      cpSync(join(projectRoot, file), join(root, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const git = (args: string[]) =>
    runIn(root, 'git', ['-c', 'user.name=Editing test', '-c', 'user.email=editing-test@localhost', '-c', 'commit.gpgsign=false', ...args]);
  const init = git(['init', '--quiet', '--initial-branch=main']);
  if (init.status !== 0) throw new Error(`git init failed in the copy: ${init.output}`);
  // The linked node_modules is a symlink, which .gitignore's `node_modules/` (directories only) misses.
  writeFileSync(join(root, '.git/info/exclude'), '/node_modules\n/.astro-cache/\n');
  const copy: ProjectCopy = {
    root,
    // Astro's cache lives in node_modules/.astro by default, which here is the real project's (linked):
    // the copy keeps its own, so its builds never touch the real one.
    run: (command, args, timeoutMs) => runIn(root, command, args, timeoutMs, { ASTRO_CACHE_DIR: join(root, '.astro-cache') }),
    commit: (message) => {
      const added = git(['add', '--all']);
      return added.status === 0 ? git(['commit', '--quiet', '--allow-empty', '-m', message]) : added;
    },
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  };
  const first = copy.commit('The project as it stands');
  if (first.status !== 0) throw new Error(`git commit failed in the copy: ${first.output}`);
  return copy;
}
