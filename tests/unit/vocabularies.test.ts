import { describe, expect, it } from 'vitest';
import * as vocabularies from '../../src/lib/model/vocabularies';

const PERMANENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const pairs: Array<[string, readonly string[], Record<string, unknown>]> = [
  ['types', vocabularies.RESOURCE_TYPES, vocabularies.RESOURCE_TYPE_TERMS],
  ['stages', vocabularies.STAGE_IDS, vocabularies.STAGE_TERMS],
  ['sectors', vocabularies.SECTORS, vocabularies.SECTOR_TERMS],
  ['topics', vocabularies.TOPICS, vocabularies.TOPIC_TERMS],
  ['formats', vocabularies.FORMATS, vocabularies.FORMAT_TERMS],
  ['provenances', vocabularies.PROVENANCES, vocabularies.PROVENANCE_TERMS],
  ['audiences', vocabularies.AUDIENCES, vocabularies.AUDIENCE_TERMS],
  ['seeds', vocabularies.SEED_FILES, vocabularies.SEED_TERMS],
];

describe.each(pairs)('vocabulary %s', (_name, ids, terms) => {
  it('has URL-safe, distinct ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    if (_name !== 'seeds') for (const id of ids) expect(id).toMatch(PERMANENT_ID);
  });
  it('describes exactly its ids', () => {
    expect(Object.keys(terms).sort()).toEqual([...ids].sort());
  });
});

describe('type groups', () => {
  it('put every type in exactly one group (plain, media or place)', () => {
    const grouped = [...vocabularies.PLAIN_TYPES, ...vocabularies.MEDIA_TYPES, ...vocabularies.PLACE_TYPES];
    expect(grouped.sort()).toEqual([...vocabularies.RESOURCE_TYPES].sort());
  });
});

describe('stages', () => {
  it('are numbered 1 to 7 in list order', () => {
    expect(vocabularies.STAGE_IDS.map((id) => vocabularies.STAGE_TERMS[id].number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('keep the permanent ids of the design', () => {
    expect(vocabularies.STAGE_IDS).toEqual([
      'get-ready',
      'frame-the-problem',
      'build-the-alliance',
      'align-value',
      'organise-and-govern',
      'measure-and-learn',
      'sustain-and-scale',
    ]);
  });
});
