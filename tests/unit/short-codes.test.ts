import { describe, expect, it } from 'vitest';
import { normaliseShortCode, SHORT_CODE, shortCode, shortCodeCollisions } from '../../src/lib/short-codes';
import { content } from '../helpers/real-content';
import { COLLIDING_IDS } from '../helpers/import-env';

describe('shortCode', () => {
  it('is stable: these codes may already be printed, so they must never change', () => {
    expect(shortCode('invest-health')).toBe('xwv8we');
    expect(shortCode('cardio4cities')).toBe('jqn86b');
  });

  it('is six characters of the unambiguous alphabet for every real id', () => {
    for (const entry of content.resources) expect(shortCode(entry.id), entry.id).toMatch(SHORT_CODE);
  });

  it('gives every real entry its own code', () => {
    expect(shortCodeCollisions(content.resources.map((entry) => entry.id))).toEqual([]);
  });

  it('gives 10,000 synthetic ids distinct codes', () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => `synthetic-resource-${index}`);
    expect(shortCodeCollisions(ids)).toEqual([]);
    expect(new Set(ids.map(shortCode)).size).toBe(10_000);
  });

  it('reports ids that share a code', () => {
    const [first, second] = COLLIDING_IDS;
    expect(shortCode(first)).toBe(shortCode(second));
    expect(shortCodeCollisions(['invest-health', first, 'cardio4cities', second])).toEqual([[first, second]]);
  });
});

describe('normaliseShortCode', () => {
  it('reads a typed code generously: case, spaces and look-alike letters', () => {
    expect(normaliseShortCode(' XWV8WE ')).toBe('xwv8we');
    expect(normaliseShortCode('O0ILl1')).toBe('001111');
  });

  it('refuses anything that cannot be a code', () => {
    expect(normaliseShortCode('abc')).toBeUndefined();
    expect(normaliseShortCode('abcdefg')).toBeUndefined();
    expect(normaliseShortCode('<scrip')).toBeUndefined();
    expect(normaliseShortCode('uuuuuu')).toBeUndefined();
  });
});
