import { describe, expect, it } from 'vitest';
import { idFromTitle, idProblem, MAX_ID_LENGTH, PERMANENT_ID, suggestFreeId, titleWords } from '../../src/lib/editing/ids';
import { content } from '../helpers/real-content';

describe('idFromTitle', () => {
  it.each([
    ['The Guide to Cross-Sector Collaboration', 'guide-to-cross-sector-collaboration'],
    ["America's Essential Hospitals", 'americas-essential-hospitals'],
    ['America’s Essential Hospitals', 'americas-essential-hospitals'],
    ['Communities in Action: Pathways to Health Equity', 'communities-in-action-pathways-to-health-equity'],
    ['Creating a Cross-Sector Leadership Network', 'creating-cross-sector-leadership-network'],
    ['Developing Effective Coalitions: An Eight Step Guide', 'developing-effective-coalitions-eight-step-guide'],
    ['Art & Public Health', 'art-and-public-health'],
    ['Étude de cas : partenariats en santé', 'etude-de-cas-partenariats-en-sante'],
    ['2023 Annual Report on Partnerships', 'annual-report-on-partnerships'],
    ['CARDIO4Cities', 'cardio4cities'],
  ])('%s → %s', (title, id) => {
    expect(idFromTitle(title)).toBe(id);
  });

  it('keeps the first six meaningful words of a long title, without the filler between them', () => {
    expect(idFromTitle('Using Message Framing Tools to Build and Sustain Cross-Sector Partnerships for Health')).toBe(
      'using-message-framing-tools-build-sustain',
    );
  });

  it('never ends on a filler word', () => {
    expect(idFromTitle('Partners for')).toBe('partners');
  });

  it('gives "" when a title has no Latin letters or digits, so the caller must ask for an id', () => {
    expect(idFromTitle('健康 — 合作')).toBe('');
    expect(idFromTitle('!!!')).toBe('');
  });

  it('cuts a very long word run at a word boundary within the length limit', () => {
    const id = idFromTitle(
      'Supercalifragilisticexpialidocious Antidisestablishmentarianism Pneumonoultramicroscopic Hippopotomonstrosesquipedaliophobia',
    );
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(PERMANENT_ID);
  });

  it('makes a valid id from every real title', () => {
    for (const entry of content.resources) {
      const id = idFromTitle(entry.data.title);
      expect(idProblem(id), `${entry.data.title} → ${id}`).toBeUndefined();
    }
  });

  it('reads accents and ligatures as plain letters', () => {
    expect(titleWords('Straße Æsir Ørsted café')).toEqual(['strasse', 'aesir', 'orsted', 'cafe']);
  });
});

describe('idProblem', () => {
  it('accepts every real id', () => {
    for (const entry of content.resources) expect(idProblem(entry.id), entry.id).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    ['Has-Caps', /lower-case/],
    ['double--hyphen', /lower-case/],
    ['../../etc/passwd', /lower-case/],
    ['report-2023', /year/],
    ['a'.repeat(MAX_ID_LENGTH + 1), /longer/],
  ])('rejects %j', (id, message) => {
    expect(idProblem(id)).toMatch(message);
  });
});

describe('suggestFreeId', () => {
  it('returns the id when free, else the first free numbered variant', () => {
    expect(suggestFreeId('guide', new Set())).toBe('guide');
    expect(suggestFreeId('guide', new Set(['guide', 'guide-2']))).toBe('guide-3');
  });
});
