import { describe, expect, it } from 'vitest';
import {
  checklistItemKey,
  clearProgress,
  countTicked,
  isTicked,
  loadProgress,
  parseProgress,
  progressKey,
  progressStatusLine,
  progressSummary,
  saveProgress,
  stepIdFromHash,
  stepperState,
  usableStorage,
  withTick,
  type StorageLike,
} from '../../src/lib/pathways/progress';

/** An in-memory stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key]! : null),
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe('checklistItemKey', () => {
  it('is stable, short and URL-safe', () => {
    const key = checklistItemKey('A stakeholder map exists');
    expect(key).toBe(checklistItemKey('A stakeholder map exists'));
    expect(key).toMatch(/^[a-z0-9]{1,7}$/);
  });

  it('ignores surrounding whitespace but not wording', () => {
    expect(checklistItemKey('  Partners named \n')).toBe(checklistItemKey('Partners named'));
    expect(checklistItemKey('Partners named')).not.toBe(checklistItemKey('Partners agreed'));
  });

  it('gives distinct keys to the items of a realistic checklist', () => {
    const items = [
      'Problem written down',
      'Drivers listed',
      'Owners of each driver noted',
      'Two colleagues consulted',
      'Decision recorded',
    ];
    expect(new Set(items.map(checklistItemKey)).size).toBe(items.length);
  });

  it('handles text outside the basic plane (emoji) without error', () => {
    expect(checklistItemKey('Celebrate 🎉')).toMatch(/^[a-z0-9]+$/);
  });
});

describe('parseProgress', () => {
  it('reads what saveProgress wrote', () => {
    const storage = memoryStorage();
    saveProgress(storage, 'start-a-new-alliance', { 'test-the-idea': ['abc', 'def'] });
    expect(loadProgress(storage, 'start-a-new-alliance')).toEqual({ 'test-the-idea': ['abc', 'def'] });
  });

  it.each([
    ['nothing stored', null],
    ['broken JSON', '{"a":'],
    ['an array', '["abc"]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('gives empty progress for %s', (_label, raw) => {
    expect(parseProgress(raw)).toEqual({});
  });

  it('drops values of the wrong shape and keeps the rest', () => {
    const raw = JSON.stringify({
      'good-step': ['abc', 'abc', 7, '<img src=x>', 'def'],
      'Bad Step': ['abc'],
      'not-a-list': 'abc',
      'empty-step': [],
    });
    expect(parseProgress(raw)).toEqual({ 'good-step': ['abc', 'def'] });
  });
});

describe('ticking and counting', () => {
  it('ticks and unticks without changing the original', () => {
    const start = { one: ['a'] };
    const ticked = withTick(start, 'one', 'b', true);
    expect(ticked).toEqual({ one: ['a', 'b'] });
    expect(start).toEqual({ one: ['a'] });
    expect(isTicked(ticked, 'one', 'b')).toBe(true);
    expect(withTick(ticked, 'one', 'a', false)).toEqual({ one: ['b'] });
  });

  it('does not tick an item twice', () => {
    expect(withTick({ one: ['a'] }, 'one', 'a', true)).toEqual({ one: ['a'] });
  });

  it('removes a step once its last tick is cleared', () => {
    expect(withTick({ one: ['a'] }, 'one', 'a', false)).toEqual({});
  });

  it('counts only items that are still on the page', () => {
    const progress = { one: ['a', 'gone'], two: ['c'] };
    const items = [
      { stepId: 'one', itemKey: 'a' },
      { stepId: 'one', itemKey: 'b' },
      { stepId: 'two', itemKey: 'c' },
    ];
    expect(countTicked(progress, items)).toBe(2);
  });

  it('summarises progress in words', () => {
    expect(progressSummary(3, 12)).toBe('3 of 12 items ticked');
    expect(progressSummary(0, 1)).toBe('0 of 1 item ticked');
  });
});

describe('storage', () => {
  it('keeps each pathway under its own key', () => {
    const storage = memoryStorage();
    saveProgress(storage, 'a', { one: ['x'] });
    saveProgress(storage, 'b', { one: ['y'] });
    expect(Object.keys(storage.data).sort()).toEqual([progressKey('a'), progressKey('b')]);
    expect(loadProgress(storage, 'a')).toEqual({ one: ['x'] });
  });

  it('removes the entry when progress becomes empty, and on reset', () => {
    const storage = memoryStorage();
    saveProgress(storage, 'a', { one: ['x'] });
    saveProgress(storage, 'a', {});
    expect(storage.data).toEqual({});
    saveProgress(storage, 'a', { one: ['x'] });
    clearProgress(storage, 'a');
    expect(storage.data).toEqual({});
  });
});

describe('what the page shows', () => {
  it('progressStatusLine: the count, and a warning when this browser keeps nothing', () => {
    expect(progressStatusLine(3, 12, { kept: true })).toBe('3 of 12 items ticked.');
    expect(progressStatusLine(0, 1, { kept: true, prefix: 'All ticks cleared. ' })).toBe('All ticks cleared. 0 of 1 item ticked.');
    expect(progressStatusLine(1, 2, { kept: false })).toBe(
      '1 of 2 items ticked. This browser is not keeping them, so they will be lost when you leave.',
    );
  });

  it('stepperState: nothing, part, or all of a step ticked', () => {
    expect(stepperState(0, 4)).toEqual({ text: '', done: false });
    expect(stepperState(2, 4)).toEqual({ text: '2 of 4 ticked', done: false });
    expect(stepperState(4, 4)).toEqual({ text: '✓ All 4 ticked', done: true });
    expect(stepperState(0, 0)).toEqual({ text: '', done: false });
  });

  it('stepIdFromHash: a step anchor’s id, nothing for other or hostile hashes', () => {
    expect(stepIdFromHash('#step-map-partners')).toBe('map-partners');
    expect(stepIdFromHash('#step-map%2Dpartners')).toBe('map-partners');
    for (const hash of ['', '#', '#main', '#step-', '#step-%E0%A4%A', '#step-"]<script>', '#step-a b'])
      expect(stepIdFromHash(hash), hash).toBeUndefined();
  });

  it('usableStorage: the storage when a write works, undefined when the browser refuses', () => {
    const storage = memoryStorage();
    expect(usableStorage(() => storage)).toBe(storage);
    expect(storage.data).toEqual({});
    expect(
      usableStorage(() => {
        throw new Error('SecurityError');
      }),
    ).toBeUndefined();
    expect(
      usableStorage(() => ({
        ...memoryStorage(),
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      })),
    ).toBeUndefined();
  });
});
