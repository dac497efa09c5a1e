import { describe, expect, it } from 'vitest';
import {
  missingAnswers,
  parseAnswers,
  SELF_CHECK_PATHWAYS,
  SELF_CHECK_QUESTIONS,
  suggestStart,
  type PathwayOutline,
} from '../../src/lib/pathways/self-check';
import { STAGE_IDS } from '../../src/lib/model/vocabularies';

const outlines: PathwayOutline[] = [
  {
    id: SELF_CHECK_PATHWAYS.start,
    title: 'Start a new alliance',
    steps: [
      { id: 'test-the-idea', title: 'Test the idea', stage: 'get-ready' },
      { id: 'frame', title: 'Frame', stage: 'frame-the-problem' },
      { id: 'partners', title: 'Partners', stage: 'build-the-alliance' },
      { id: 'govern', title: 'Govern', stage: 'organise-and-govern' },
    ],
  },
  {
    id: SELF_CHECK_PATHWAYS.strengthen,
    title: 'Strengthen a partnership',
    steps: [
      { id: 'take-stock', title: 'Take stock', stage: 'measure-and-learn' },
      { id: 'refresh', title: 'Refresh', stage: 'frame-the-problem' },
      { id: 'future', title: 'Future', stage: 'sustain-and-scale' },
    ],
  },
  {
    id: SELF_CHECK_PATHWAYS.finance,
    title: 'Finance prevention with partners',
    steps: [
      { id: 'frame-investable', title: 'Frame', stage: 'frame-the-problem' },
      { id: 'risk', title: 'Risk', stage: 'align-value' },
      { id: 'beyond', title: 'Beyond', stage: 'sustain-and-scale' },
    ],
  },
];

describe('the questions', () => {
  it('offer a stage for every need except "not sure", covering all seven stages once', () => {
    const need = SELF_CHECK_QUESTIONS.find((question) => question.id === 'need')!;
    const stages = need.options.flatMap((option) => (option.stage ? [option.stage] : []));
    expect(stages).toEqual([...STAGE_IDS]);
    expect(need.options.filter((option) => !option.stage).map((option) => option.value)).toEqual(['unsure']);
  });

  it('have distinct option values within each question', () => {
    for (const question of SELF_CHECK_QUESTIONS) {
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size, question.id).toBe(values.length);
    }
  });
});

describe('parseAnswers', () => {
  it('keeps valid answers', () => {
    expect(
      parseAnswers([
        ['situation', 'idea'],
        ['need', 'focus'],
        ['money', 'no'],
      ]),
    ).toEqual({ situation: 'idea', need: 'focus', money: 'no' });
  });

  it('ignores unknown questions, unknown values and non-strings', () => {
    const hostile: Array<[string, unknown]> = [
      ['situation', '<script>alert(1)</script>'],
      ['need', 'x'.repeat(100_000)],
      ['money', 42],
      ['__proto__', 'idea'],
      ['constructor', 'yes'],
    ];
    expect(parseAnswers(hostile)).toEqual({});
  });

  it('reports what is still unanswered, in form order', () => {
    expect(missingAnswers({ need: 'focus' })).toEqual(['situation', 'money']);
    expect(missingAnswers({ situation: 'idea', need: 'focus', money: 'no' })).toEqual([]);
  });
});

describe('suggestStart', () => {
  it('waits for every answer', () => {
    expect(suggestStart({ situation: 'idea', need: 'focus' }, outlines)).toBeUndefined();
    expect(suggestStart({ situation: 'idea', need: 'nonsense', money: 'no' }, outlines)).toBeUndefined();
  });

  it('sends a newcomer with only an idea to stage 1 and the start of the new-alliance pathway', () => {
    const suggestion = suggestStart({ situation: 'idea', need: 'decide', money: 'no' }, outlines)!;
    expect(suggestion.stage).toBe('get-ready');
    expect(suggestion.pathway).toEqual({
      id: SELF_CHECK_PATHWAYS.start,
      title: 'Start a new alliance',
      step: { id: 'test-the-idea', title: 'Test the idea', number: 1 },
    });
    expect(suggestion.alsoConsider).toBeUndefined();
  });

  it('follows the stated need for the stage and starts the pathway at that stage', () => {
    const suggestion = suggestStart({ situation: 'talking', need: 'partners', money: 'no' }, outlines)!;
    expect(suggestion.stage).toBe('build-the-alliance');
    expect(suggestion.pathway?.step).toEqual({ id: 'partners', title: 'Partners', number: 3 });
    expect(suggestion.reasons[0]).toContain('stage 3, Build the alliance');
  });

  it('uses the situation when the need is "not sure"', () => {
    expect(suggestStart({ situation: 'idea', need: 'unsure', money: 'no' }, outlines)?.stage).toBe('get-ready');
    expect(suggestStart({ situation: 'talking', need: 'unsure', money: 'no' }, outlines)?.stage).toBe('frame-the-problem');
    expect(suggestStart({ situation: 'working', need: 'unsure', money: 'no' }, outlines)?.stage).toBe('measure-and-learn');
    expect(suggestStart({ situation: 'established', need: 'unsure', money: 'no' }, outlines)?.stage).toBe('sustain-and-scale');
  });

  it('sends working partnerships to the strengthening pathway', () => {
    const suggestion = suggestStart({ situation: 'working', need: 'results', money: 'no' }, outlines)!;
    expect(suggestion.pathway?.id).toBe(SELF_CHECK_PATHWAYS.strengthen);
    expect(suggestion.pathway?.step.id).toBe('take-stock');
  });

  it('prefers the step at exactly the suggested stage, even when an earlier step has a later stage', () => {
    // The strengthening outline starts at stage 6 and returns to stage 2 in its second step.
    expect(suggestStart({ situation: 'working', need: 'focus', money: 'no' }, outlines)?.pathway?.step.id).toBe('refresh');
    // No step at stage 5: the first step at a later stage (6) is chosen.
    expect(suggestStart({ situation: 'working', need: 'structure', money: 'no' }, outlines)?.pathway?.step.id).toBe('take-stock');
  });

  it('sends anyone for whom money is central to the financing pathway', () => {
    const suggestion = suggestStart({ situation: 'idea', need: 'value', money: 'yes' }, outlines)!;
    expect(suggestion.stage).toBe('align-value');
    expect(suggestion.pathway?.id).toBe(SELF_CHECK_PATHWAYS.finance);
    expect(suggestion.pathway?.step.id).toBe('risk');
    expect(suggestion.alsoConsider).toBeUndefined();
  });

  it('starts at the first step when the pathway begins after the suggested stage', () => {
    expect(suggestStart({ situation: 'idea', need: 'decide', money: 'yes' }, outlines)?.pathway?.step.id).toBe('frame-investable');
  });

  it('starts at the last step when the pathway ends before the suggested stage', () => {
    expect(suggestStart({ situation: 'talking', need: 'future', money: 'no' }, outlines)?.pathway?.step.id).toBe('govern');
  });

  it('points to the financing pathway as well when money is uncertain or value is the need', () => {
    expect(suggestStart({ situation: 'working', need: 'structure', money: 'unsure' }, outlines)?.alsoConsider?.id).toBe(
      SELF_CHECK_PATHWAYS.finance,
    );
    expect(suggestStart({ situation: 'idea', need: 'value', money: 'no' }, outlines)?.alsoConsider?.id).toBe(SELF_CHECK_PATHWAYS.finance);
  });

  it('still suggests a stage if the chosen pathway is not published', () => {
    const suggestion = suggestStart({ situation: 'idea', need: 'focus', money: 'no' }, [])!;
    expect(suggestion.stage).toBe('frame-the-problem');
    expect(suggestion.pathway).toBeUndefined();
  });

  it('gives a suggestion for every possible combination of answers', () => {
    const [situation, need, money] = SELF_CHECK_QUESTIONS;
    for (const s of situation!.options) {
      for (const n of need!.options) {
        for (const m of money!.options) {
          const suggestion = suggestStart({ situation: s.value, need: n.value, money: m.value }, outlines);
          expect(suggestion?.pathway, `${s.value}/${n.value}/${m.value}`).toBeDefined();
          expect(suggestion?.reasons.length).toBe(2);
        }
      }
    }
  });
});
