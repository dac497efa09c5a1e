import { describe, expect, it } from 'vitest';
import { expandQuery, fuseRankings, MAX_ALTERNATIVES, termKey } from '../../src/lib/search/search-synonyms';
import { parseSearchTerms, loadSearchTerms } from '../../src/lib/search/search-terms-file';

const groups = [
  ['SIB', 'social impact bond', 'pay for success'],
  ['CHIP', 'community health improvement plan'],
  ['CHIP', "children's health insurance program"],
  ['organisation', 'organization'],
];

describe('expandQuery', () => {
  it('expands an acronym to its long forms and a long form to the acronym', () => {
    expect(expandQuery('SIB', groups)).toEqual(['social impact bond', 'pay for success']);
    expect(expandQuery('Pay-for-Success', groups)).toEqual(['sib', 'social impact bond']);
  });

  it('keeps the rest of the query and matches whole words only', () => {
    expect(expandQuery('sib evaluation', groups)).toEqual(['social impact bond evaluation', 'pay for success evaluation']);
    expect(expandQuery('sibling', groups)).toEqual([]);
    expect(expandQuery('chipping', groups)).toEqual([]);
  });

  it('follows every group a term belongs to', () => {
    expect(expandQuery('chip', groups)).toEqual(['community health improvement plan', "children's health insurance program"]);
  });

  it('gives nothing for an empty query or one with no listed term, and never more than the cap', () => {
    expect(expandQuery('', groups)).toEqual([]);
    expect(expandQuery('housing', groups)).toEqual([]);
    const wide = [Array.from({ length: 20 }, (_, index) => `term${index}`)];
    expect(expandQuery('term0', wide)).toHaveLength(MAX_ALTERNATIVES);
  });

  it('reads hostile input as plain text', () => {
    expect(expandQuery('<script>sib</script>', groups)).toEqual([
      '<script>social impact bond</script>',
      '<script>pay for success</script>',
    ]);
    expect(termKey('  A\u2013B  ')).toBe('a b');
  });
});

describe('the synonyms file', () => {
  it('the project file is valid and lists the acronyms the issue names', () => {
    const terms = loadSearchTerms().groups.flat().map(termKey);
    for (const acronym of ['sib', 'pay for success', 'mou', 'chip', 'chna', 'hiap']) expect(terms).toContain(acronym);
  });

  it('names the file and the field of a mistake', () => {
    expect(() => parseSearchTerms({ groups: [['only one']] })).toThrow(
      'content/search-terms.yaml → field "groups.0": a group needs at least two terms',
    );
    expect(() => parseSearchTerms({ groups: [['a', '  ']] })).toThrow('field "groups.0.1"');
    expect(() => parseSearchTerms({ group: [] })).toThrow('content/search-terms.yaml');
  });
});

describe('fuseRankings', () => {
  const hits = (...ids: string[]) => ids.map((id) => ({ id }));
  const ids = (list: Array<{ id: string }>) => list.map((hit) => hit.id);

  it('keeps a single list as it is', () => {
    expect(ids(fuseRankings([hits('a', 'b', 'c')]))).toEqual(['a', 'b', 'c']);
  });

  it('lists each page once, a page only one query found after those ranked by several', () => {
    expect(ids(fuseRankings([hits('a', 'b'), hits('b', 'c')]))).toEqual(['b', 'a', 'c']);
  });

  it('lifts the page the synonyms find first above a loose match of the typed words', () => {
    // "pay for success": the typed words match a pathway loosely first; SIB and "social impact bond" agree on the case study.
    const typed = hits('pathway', 'stage', 'case-study');
    const sib = hits('case-study', 'fund', 'pathway');
    const longForm = hits('case-study', 'fund', 'stage', 'pathway');
    expect(ids(fuseRankings([typed, sib, longForm]))[0]).toBe('case-study');
  });

  it('has nothing to fuse when no query found anything', () => {
    expect(fuseRankings([[], []])).toEqual([]);
  });
});
