/** Runs the real Astro CLI in a child process, in its own scratch folder, as the build tests need. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './content-root';

export interface AstroRun {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
  /** Where `build` wrote the site. */
  outDir: string;
}

/** Vitest puts Vite's variables (BASE_URL, MODE…) into process.env; a child build must not inherit them. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(key) || key.startsWith('VITE')) delete env[key];
  }
  return env;
}

export function runAstro(command: 'build' | 'sync', options: { contentRoot?: string; base?: string } = {}): AstroRun {
  const scratch = mkdtempSync(join(tmpdir(), 'alliance-astro-'));
  const outDir = join(scratch, 'dist');
  const args = command === 'build' ? ['astro', 'build', '--outDir', outDir] : ['astro', 'sync'];
  const result = spawnSync('npx', args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...cleanEnvironment(),
      ...(options.contentRoot ? { CONTENT_DIR: options.contentRoot } : {}),
      ...(options.base ? { BASE_PATH: options.base } : {}),
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
