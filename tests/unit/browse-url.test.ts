import { describe, expect, it } from 'vitest';
import { noSelection } from '../../src/lib/catalogue/browse';
import {
  MAX_QUERY_PAIRS,
  defaultState,
  parseBrowseState,
  serialiseBrowseState,
  toggleValue,
  type FacetVocabulary,
} from '../../src/lib/catalogue/browse-url';

const vocabulary: FacetVocabulary = {
  ...noSelection(),
  type: ['guide', 'training', 'webinar'],
  stage: ['get-ready', 'build-the-alliance', 'align-value'],
  time: ['under-30-minutes', 'not-stated'],
  year: ['2020', '2018', 'not-stated'],
};

describe('parseBrowseState', () => {
  it('reads repeated keys as an OR list and the sort', () => {
    const state = parseBrowseState('?type=webinar&type=training&stage=build-the-alliance&sort=year', vocabulary);
    expect(state.filters.type).toEqual(['training', 'webinar']);
    expect(state.filters.stage).toEqual(['build-the-alliance']);
    expect(state.sort).toBe('year');
  });

  it('accepts a query without "?", URLSearchParams, and comma-separated values', () => {
    expect(parseBrowseState('type=webinar', vocabulary).filters.type).toEqual(['webinar']);
    expect(parseBrowseState(new URLSearchParams({ type: 'guide' }), vocabulary).filters.type).toEqual(['guide']);
    expect(parseBrowseState('type=webinar,guide', vocabulary).filters.type).toEqual(['guide', 'webinar']);
  });

  it('puts values in vocabulary order and lists each once', () => {
    expect(parseBrowseState('year=not-stated&year=2018&year=2020&year=2018', vocabulary).filters.year).toEqual([
      '2020',
      '2018',
      'not-stated',
    ]);
  });

  it('drops unknown keys, unknown values and an unknown sort', () => {
    const state = parseBrowseState('type=webinar&type=poster&colour=red&stage=&sort=random', vocabulary);
    expect(state).toEqual({ filters: { ...noSelection(), type: ['webinar'] }, sort: 'title' });
  });

  it('drops hostile values instead of keeping them', () => {
    const hostile = [
      'type=<script>alert(1)</script>',
      'type=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'stage=javascript:alert(1)',
      'type=webinar%00',
      'type=WEBINAR',
      'type=__proto__',
      'constructor=webinar',
      '__proto__=webinar',
      'sort=__proto__',
      'type=%E0%A4%A',
    ].join('&');
    expect(parseBrowseState(hostile, vocabulary)).toEqual(defaultState());
  });

  it('trims stray spaces around a known value', () => {
    expect(parseBrowseState('type=%20webinar%20', vocabulary).filters.type).toEqual(['webinar']);
  });

  it('survives a huge query and reads only the first pairs', () => {
    const junk = Array.from({ length: MAX_QUERY_PAIRS }, (_, index) => `x${index}=1`).join('&');
    expect(parseBrowseState(`${junk}&type=webinar`, vocabulary).filters.type).toEqual([]);
    expect(parseBrowseState(`type=${'a'.repeat(100_000)}&type=guide`, vocabulary).filters.type).toEqual(['guide']);
  });
});

describe('serialiseBrowseState', () => {
  it('writes the form’s GET format in canonical order, leaving out the default sort', () => {
    const state = parseBrowseState('stage=build-the-alliance&type=webinar&type=training', vocabulary);
    expect(serialiseBrowseState(state)).toBe('type=training&type=webinar&stage=build-the-alliance');
    expect(serialiseBrowseState({ ...state, sort: 'added' })).toBe('type=training&type=webinar&stage=build-the-alliance&sort=added');
  });

  it('writes the empty state as an empty string', () => {
    expect(serialiseBrowseState(defaultState())).toBe('');
  });

  it('round-trips: parse(serialise(state)) is the state, and serialise(parse(q)) is canonical', () => {
    const queries = [
      '',
      'sort=year',
      'type=guide&time=not-stated&year=2018',
      'year=2018,2020&stage=align-value&stage=get-ready&sort=added',
    ];
    for (const query of queries) {
      const state = parseBrowseState(query, vocabulary);
      const written = serialiseBrowseState(state);
      expect(parseBrowseState(written, vocabulary)).toEqual(state);
      expect(serialiseBrowseState(parseBrowseState(written, vocabulary))).toBe(written);
    }
  });
});

describe('toggleValue', () => {
  it('adds in vocabulary order and removes', () => {
    let state = parseBrowseState('type=webinar', vocabulary);
    state = toggleValue(state, 'type', 'guide', true, vocabulary);
    expect(state.filters.type).toEqual(['guide', 'webinar']);
    state = toggleValue(state, 'type', 'webinar', false, vocabulary);
    expect(state.filters.type).toEqual(['guide']);
  });

  it('ignores a value outside the vocabulary and leaves the original state alone', () => {
    const original = defaultState();
    const next = toggleValue(original, 'type', 'poster', true, vocabulary);
    expect(next.filters.type).toEqual([]);
    expect(original).toEqual(defaultState());
  });
});
