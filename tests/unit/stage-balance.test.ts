/** The stage-balance warning: a crowded stage is named, with its counts, and never fails anything. */
import { describe, expect, it } from 'vitest';
import { stageBalanceWarnings, stageShares } from '../../src/lib/editing/stage-balance';
import { contentWarnings } from '../../src/lib/editing/content-check';
import type { StageId } from '../../src/lib/model/vocabularies';

const entries = (...stageLists: StageId[][]) => stageLists.map((stages) => ({ data: { stages } }));

describe('stageShares', () => {
  it('counts the main (first) stage and every stage an entry is on', () => {
    const shares = stageShares(entries(['build-the-alliance', 'get-ready'], ['get-ready'], ['align-value', 'build-the-alliance']));
    expect(shares.find((share) => share.stage === 'build-the-alliance')).toEqual({ stage: 'build-the-alliance', main: 1, tagged: 2 });
    expect(shares.find((share) => share.stage === 'get-ready')).toEqual({ stage: 'get-ready', main: 1, tagged: 2 });
    expect(shares.find((share) => share.stage === 'sustain-and-scale')).toEqual({ stage: 'sustain-and-scale', main: 0, tagged: 0 });
  });
});

describe('stageBalanceWarnings', () => {
  it('says nothing when no stage is the main one of more than a third or on more than half', () => {
    expect(
      stageBalanceWarnings(
        entries(
          ['get-ready'],
          ['align-value', 'get-ready'],
          ['measure-and-learn'],
          ['sustain-and-scale'],
          ['frame-the-problem', 'align-value'],
          ['organise-and-govern'],
        ),
      ),
    ).toEqual([]);
  });

  it('names the stage file when one stage is the main stage of more than a third', () => {
    const warnings = stageBalanceWarnings(
      entries(['get-ready'], ['get-ready'], ['align-value'], ['measure-and-learn'], ['sustain-and-scale']),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'content/stages/get-ready.md', field: 'stages' });
    expect(warnings[0]!.message).toContain('main stage of 2 of 5 entries');
  });

  it('names the stage when it is on more than half of the entries, at exactly half it is fine', () => {
    const half = entries(
      ['align-value', 'build-the-alliance'],
      ['get-ready', 'build-the-alliance'],
      ['measure-and-learn'],
      ['sustain-and-scale'],
    );
    expect(stageBalanceWarnings(half)).toEqual([]);
    const over = entries(
      ['align-value', 'build-the-alliance'],
      ['get-ready', 'build-the-alliance'],
      ['measure-and-learn', 'build-the-alliance'],
      ['sustain-and-scale'],
    );
    expect(stageBalanceWarnings(over).map((warning) => warning.message)).toEqual([expect.stringContaining('on 3 of 4 entries')]);
  });

  it('has nothing to say about an empty catalogue', () => {
    expect(stageBalanceWarnings([])).toEqual([]);
  });

  it('reaches the build and npm run check as a warning, not a problem', () => {
    const crowded = entries(['get-ready'], ['get-ready'], ['get-ready']).map((entry, index) => ({
      ...entry,
      file: `content/resources/e${index}.md`,
      id: `e${index}`,
    }));
    const warnings = contentWarnings({ resources: crowded, stages: [], pathways: [], problems: [] } as never);
    expect(warnings.some((warning) => warning.file === 'content/stages/get-ready.md')).toBe(true);
  });
});
