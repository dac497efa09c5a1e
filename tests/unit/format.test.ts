import { describe, expect, it } from 'vitest';
import { countOf, formatDuration, formatPlace, humanDate, isoDate, joinList } from '../../src/lib/catalogue/format';

describe('formatDuration', () => {
  it.each([
    [1, '1 minute'],
    [30, '30 minutes'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [125, '2 hours 5 minutes'],
  ])('%i minutes reads as "%s"', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('refuses nonsense durations', () => {
    expect(() => formatDuration(0)).toThrow(RangeError);
    expect(() => formatDuration(-3)).toThrow(RangeError);
    expect(() => formatDuration(2.5)).toThrow(RangeError);
  });
});

describe('formatPlace', () => {
  it('writes county, state and country', () => {
    expect(formatPlace({ name: 'Kern County', region: 'California', country: 'United States' })).toBe(
      'Kern County, California, United States',
    );
  });
  it('does not repeat a country that is also the name', () => {
    expect(formatPlace({ name: 'Portugal', country: 'Portugal' })).toBe('Portugal');
  });
});

describe('joinList', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → "%s"', (items, text) => {
    expect(joinList(items)).toBe(text);
  });
});

describe('dates', () => {
  it('prints the same calendar date in every time zone', () => {
    const date = new Date('2026-11-23T00:00:00Z');
    expect(isoDate(date)).toBe('2026-11-23');
    expect(humanDate(date)).toBe('23 November 2026');
  });
});

describe('countOf', () => {
  it('puts the count and its noun in one string, singular for one', () => {
    expect(countOf(1, 'resource')).toBe('1 resource');
    expect(countOf(0, 'resource')).toBe('0 resources');
    expect(countOf(5, 'resource helps', 'resources help')).toBe('5 resources help');
  });
});
