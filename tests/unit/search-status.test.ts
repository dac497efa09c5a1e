import { describe, expect, it } from 'vitest';
import { moreLabel, statusMessage } from '../../src/lib/search/search-status';
import { parseSearchState } from '../../src/lib/search/search-state';

const text = (message: ReturnType<typeof statusMessage>) => `${message.before}${message.query ?? ''}${message.after}`;

describe('statusMessage', () => {
  it('counts results for a query', () => {
    expect(text(statusMessage(parseSearchState('?q=housing'), 12))).toBe('12 results for “housing”.');
    expect(text(statusMessage(parseSearchState('?q=housing'), 1))).toBe('1 result for “housing”.');
  });

  it('says when nothing was found', () => {
    expect(text(statusMessage(parseSearchState('?q=zzz'), 0))).toBe('No results for “zzz”.');
  });

  it('mentions filters', () => {
    expect(text(statusMessage(parseSearchState('?q=art&type=podcast'), 2))).toBe('2 results for “art”, with 1 filter.');
    expect(text(statusMessage(parseSearchState('?q=art&type=podcast&stage=get-ready'), 0))).toBe('No results for “art”, with 2 filters.');
    expect(text(statusMessage(parseSearchState('?type=podcast'), 2))).toBe('2 results for the chosen filter.');
    expect(text(statusMessage(parseSearchState('?type=podcast&type=guide'), 9))).toBe('9 results for the chosen filters.');
  });

  it('keeps the query apart (for a <bdi>) and shortens a long one', () => {
    const message = statusMessage(parseSearchState(`?q=${'word '.repeat(40)}`), 3);
    expect(message.query?.endsWith('…')).toBe(true);
    expect(Array.from(message.query ?? '').length).toBeLessThanOrEqual(60);
    expect(statusMessage(parseSearchState('?q=صحة'), 0).query).toBe('صحة');
  });
});

describe('moreLabel', () => {
  it('says how many more will be shown and how many are left', () => {
    expect(moreLabel(20, 53, 20)).toBe('Show 20 more (33 not shown yet)');
    expect(moreLabel(40, 53, 20)).toBe('Show 13 more (13 not shown yet)');
  });
});
