/**
 * Small helpers shared by the editor commands (scripts/new-entry.ts, import.ts, check.ts).
 * Plain Node: run with `node --import ./scripts/lib/ts-resolve.mjs scripts/<name>.ts` (see package.json).
 */
import { isRealDate } from '../../src/lib/model/value-rules.ts';
import { loadLinkData } from '../../src/lib/links/link-data.ts';
import { resolverFor } from '../../src/lib/links/redirects.ts';
import { codeByTarget } from '../../src/lib/links/short-links.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';

/** The project root: the folder npm runs scripts from. */
export const projectRoot = process.cwd();

/** The content folder: CONTENT_DIR (as the build reads it) or ./content. */
export function contentRoot(): string {
  return resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}

/** Today's date in the editor's time zone, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Checks an --added value. */
/** A real date written as YYYY-MM-DD (the schemas' rule: 2026-02-30 is refused, not rolled over). */
export function isIsoDate(text: string): boolean {
  return isRealDate(text);
}

/** Prints at most `limit` lines, then how many more there were. */
export function printLimited(lines: readonly string[], limit = 50, indent = '  '): void {
  for (const line of lines.slice(0, limit)) console.log(`${indent}${line}`);
  if (lines.length > limit) console.log(`${indent}… and ${lines.length - limit} more`);
}

/**
 * Asks questions one line at a time, from a terminal or from piped input (answers one per line).
 * Returns undefined once the input has ended, so a script never waits for ever.
 */
export function createPrompter(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout) {
  // Opened at the first question, so a run that asks nothing never holds the terminal.
  let lines: AsyncIterator<string> | undefined;
  let ended = false;
  return {
    async ask(question: string): Promise<string | undefined> {
      if (ended) return undefined;
      output.write(question);
      lines ??= createInterface({ input, terminal: false })[Symbol.asyncIterator]();
      const next = await lines.next();
      if (next.done) {
        ended = true;
        output.write('\n');
        return undefined;
      }
      return next.value.trim();
    },
    close(): void {
      void lines?.return?.();
    },
  };
}

/**
 * Short links (/r/<code>/) belong to the links work: codes are kept in content/short-links.json and
 * assigned by `npm run links:assign`, which prints one line per new code ("  /r/k7qm/  resource:<id>").
 * The editor commands run it after writing entries, when this project has it.
 */
export const SHORT_LINK_SCRIPT = 'links:assign';

/** The resource codes in the output of `npm run links:assign`: id → code. */
export function parseAssignedCodes(output: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const match of output.matchAll(/^\s*\/r\/([a-z0-9]+)\/\s+resource:([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/gm)) {
    codes.set(match[2] as string, match[1] as string);
  }
  return codes;
}

export type ShortLinkResult =
  | { available: false }
  | { available: true; ok: boolean; codes: Map<string, string>; output: string; before?: Map<string, string>; after?: Map<string, string> };

/** Resource id → short code, as the registry holds them now (empty if it cannot be read). */
function resourceCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  try {
    const data = loadLinkData(contentRoot());
    for (const [path, code] of codeByTarget(data.registry, resolverFor(data.moved))) {
      const id = /^\/resources\/([^/#]+)\/$/.exec(path)?.[1];
      if (id) codes.set(id, code);
    }
  } catch {
    // the links command reports a malformed registry itself
  }
  return codes;
}

/** Runs `npm run links:assign` if package.json has it (CONTENT_DIR passes through), and reads the new codes. */
export function assignShortLinks(root: string = projectRoot): ShortLinkResult {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!(SHORT_LINK_SCRIPT in scripts)) return { available: false };
  // The registry before and after the run says which codes are new, whatever the command printed.
  const before = resourceCodes();
  const run = spawnSync('npm', ['run', '--silent', SHORT_LINK_SCRIPT], { cwd: root, env: process.env, encoding: 'utf8' });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  return { available: true, ok: run.status === 0, codes: parseAssignedCodes(output), output, before, after: resourceCodes() };
}

/** One line about an entry's short link, for the commands' reports. */
export function shortLinkNote(result: ShortLinkResult, id: string): string {
  if (!result.available) return `no short link yet: this copy of the project has no \`npm run ${SHORT_LINK_SCRIPT}\``;
  const code = result.after?.get(id) ?? result.codes.get(id);
  if (code) return result.before?.get(id) === code ? `/r/${code}/ (it already had this one, through an earlier id)` : `/r/${code}/`;
  return result.ok ? `none yet: run \`npm run ${SHORT_LINK_SCRIPT}\`` : `not assigned: \`npm run ${SHORT_LINK_SCRIPT}\` failed (see above)`;
}
