/**
 * Progress for editor commands that can run for more than a few seconds at tens of thousands of
 * entries (npm run check, links:assign, manifest:update, import): "Reading entries 12,000/50,000 (24%)"
 * rewritten in place on stderr. Only on a terminal: when stderr is a file or a pipe, or CI is set,
 * it writes nothing, so logs and tests stay clean.
 */

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  env?: Record<string, string | undefined>;
  /** Milliseconds clock, for tests. */
  now?: () => number;
  /** Least time between two redraws (a redraw per entry would itself cost time). */
  intervalMs?: number;
}

export interface Progress {
  /** Advances the count by `step` (default 1). */
  tick(step?: number): void;
  /** Sets the count. */
  update(done: number): void;
  /** Draws the final count and ends the line. */
  finish(): void;
  /** Whether anything is drawn at all. */
  readonly visible: boolean;
}

/** True when progress should be drawn: a terminal, and not a CI run. */
export function showsProgress(stream: ProgressStream, env: Record<string, string | undefined>): boolean {
  const ci = env.CI;
  return stream.isTTY === true && (ci === undefined || ci === '' || ci === 'false' || ci === '0');
}

/** The line drawn for a count: "Reading entries 12,000/50,000 (24%)". */
export function progressLine(label: string, done: number, total: number): string {
  const count = done.toLocaleString('en-US');
  if (total <= 0) return `${label} ${count}`;
  const percent = Math.min(100, Math.floor((done / total) * 100));
  return `${label} ${count}/${total.toLocaleString('en-US')} (${percent}%)`;
}

export function progress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const visible = showsProgress(stream, options.env ?? process.env);
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  let done = 0;
  let drawnAt = -Infinity;
  let finished = false;
  const draw = () => {
    // \r returns to the line start; \x1b[K clears what a longer previous line left behind.
    stream.write(`\r${progressLine(label, done, total)}\x1b[K`);
    drawnAt = now();
  };
  const maybeDraw = () => {
    if (visible && !finished && now() - drawnAt >= interval) draw();
  };
  return {
    visible,
    tick(step = 1) {
      done += step;
      maybeDraw();
    },
    update(count) {
      done = count;
      maybeDraw();
    },
    finish() {
      if (!visible || finished) return;
      draw();
      stream.write('\n');
      finished = true;
    },
  };
}
