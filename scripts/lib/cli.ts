/**
 * Small helpers shared by the editor commands (scripts/new-entry.ts, import.ts, check.ts).
 * Plain Node: run with `node --import ./scripts/lib/ts-resolve.mjs scripts/<name>.ts` (see package.json).
 */
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

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
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
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
