import { describe, expect, it } from 'vitest';
import { progress, progressLine, showsProgress } from '../../src/lib/editing/terminal-progress';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('showsProgress', () => {
  it('draws on a terminal, not in a pipe or a file, nor in CI', () => {
    expect(showsProgress({ isTTY: true, write: () => true }, {})).toBe(true);
    expect(showsProgress({ isTTY: false, write: () => true }, {})).toBe(false);
    expect(showsProgress({ write: () => true }, {})).toBe(false);
    expect(showsProgress({ isTTY: true, write: () => true }, { CI: 'true' })).toBe(false);
    expect(showsProgress({ isTTY: true, write: () => true }, { CI: '1' })).toBe(false);
    expect(showsProgress({ isTTY: true, write: () => true }, { CI: 'false' })).toBe(true);
  });
});

describe('progressLine', () => {
  it('gives the count, the total and a whole percentage', () => {
    expect(progressLine('Reading entries', 12000, 50000)).toBe('Reading entries 12,000/50,000 (24%)');
    expect(progressLine('Reading entries', 3, 3)).toBe('Reading entries 3/3 (100%)');
    expect(progressLine('Reading pages', 7, 0)).toBe('Reading pages 7');
  });
});

describe('progress', () => {
  it('redraws one line in place at most once per interval, then ends it with the final count', () => {
    const { stream, written } = terminal(true);
    let clock = 0;
    const bar = progress('Checking', 4, { stream, env: {}, now: () => clock, intervalMs: 100 });
    bar.tick(); // drawn: first
    clock = 50;
    bar.tick(); // too soon
    clock = 150;
    bar.tick(); // drawn
    bar.tick(); // too soon
    bar.finish();
    bar.finish(); // once only
    expect(written).toEqual(['\rChecking 1/4 (25%)\x1b[K', '\rChecking 3/4 (75%)\x1b[K', '\rChecking 4/4 (100%)\x1b[K', '\n']);
  });

  it('writes nothing when stderr is not a terminal or CI is set', () => {
    for (const [isTTY, env] of [
      [false, {}],
      [true, { CI: 'true' }],
    ] as const) {
      const { stream, written } = terminal(isTTY);
      const bar = progress('Checking', 2, { stream, env, now: () => 0 });
      bar.tick();
      bar.update(2);
      bar.finish();
      expect(bar.visible).toBe(false);
      expect(written).toEqual([]);
    }
  });
});
