import { describe, expect, it } from 'vitest';
import { comparableWords, sharedRun, wordRuns } from '../helpers/own-words';

describe('comparableWords', () => {
  it('ignores case, punctuation, accents and apostrophes', () => {
    expect(comparableWords('Família’s  CROSS-sector, work!')).toEqual(['familias', 'cross', 'sector', 'work']);
  });
});

describe('sharedRun', () => {
  const source = 'one two three four five six seven eight nine ten eleven twelve thirteen';
  const runs = wordRuns(comparableWords(source), 12);

  it('finds a copied run of 12 words even with changed punctuation and case', () => {
    expect(sharedRun('Intro: ONE two, three four five six seven eight nine ten eleven twelve.', runs, 12)).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
  });

  it('passes a text that shares only 11 words in a row', () => {
    expect(sharedRun('one two three four five six seven eight nine ten eleven other', runs, 12)).toBeUndefined();
  });

  it('passes short texts', () => {
    expect(sharedRun('one two', runs, 12)).toBeUndefined();
  });
});
