import { describe, expect, it } from 'vitest';
import { matchList, matchTerm, normaliseName, quoted, splitList, VOCABULARIES } from '../../src/lib/catalogue/vocabulary-match';
import { SECTOR_TERMS, SECTORS, STAGE_IDS, STAGE_TERMS } from '../../src/lib/model/vocabularies';

describe('matchTerm', () => {
  it('reads every sector by id and by label, in any case', () => {
    for (const id of SECTORS) {
      expect(matchTerm(VOCABULARIES.sector, id)).toEqual({ ok: true, value: id });
      expect(matchTerm(VOCABULARIES.sector, SECTOR_TERMS[id].label.toUpperCase())).toEqual({ ok: true, value: id });
    }
  });

  it('reads stages by number, "Stage n", label and id', () => {
    for (const id of STAGE_IDS) {
      const { number, label } = STAGE_TERMS[id];
      for (const typed of [String(number), `Stage ${number}`, label, id])
        expect(matchTerm(VOCABULARIES.stage, typed), typed).toEqual({ ok: true, value: id });
    }
  });

  it('reads types by singular or plural label, and provenance by its label', () => {
    expect(matchTerm(VOCABULARIES.type, 'Case studies')).toEqual({ ok: true, value: 'case-study' });
    expect(matchTerm(VOCABULARIES.type, 'county example')).toEqual({ ok: true, value: 'county-example' });
    expect(matchTerm(VOCABULARIES.provenance, 'Non-profit')).toEqual({ ok: true, value: 'ngo' });
  });

  it('names the unknown value and lists the allowed labels', () => {
    const result = matchTerm(VOCABULARIES.sector, 'Aerospace');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('"Aerospace" is not a sector');
      expect(result.message).toContain('Public health, Health care');
    }
  });
});

describe('matchList', () => {
  it('splits on | and ; and keeps a repeated value once', () => {
    expect(matchList(VOCABULARIES.sector, 'Public health | housing; public-health')).toEqual({
      ok: true,
      value: ['public-health', 'housing'],
    });
  });

  it('keeps a label that contains a comma whole', () => {
    expect(matchList(VOCABULARIES.stage, 'Organise, govern and share resources | 1')).toEqual({
      ok: true,
      value: ['organise-and-govern', 'get-ready'],
    });
  });

  it('reports every unknown value', () => {
    const result = matchList(VOCABULARIES.topic, 'astrology | health equity | alchemy');
    expect(!result.ok && result.message).toMatch(/"astrology".*"alchemy"/);
  });

  it('gives an empty list for an empty cell', () => {
    expect(splitList(' | ; ')).toEqual([]);
  });
});

describe('quoted and normaliseName', () => {
  it('never lets control characters reach a terminal, and shortens long text', () => {
    expect(quoted('a\u001b[2Jb')).toBe('"a\\u001b[2Jb"');
    expect(quoted('\u202Eevil')).toBe('"\\u202eevil"');
    expect(quoted('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…"`);
  });

  it('ignores case, accents, apostrophes, "&" and separators', () => {
    expect(normaliseName('Arts & Culture')).toBe(normaliseName('arts-and-culture'));
    expect(normaliseName('Públic_Health')).toBe('public health');
  });
});
