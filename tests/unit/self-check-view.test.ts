import { describe, expect, it } from 'vitest';
import { suggestStart, SELF_CHECK_QUESTIONS, type PathwayOutline } from '../../src/lib/pathways/self-check';
import { errorSummaryLinks, parsePathwayOutlines, suggestionView } from '../../src/lib/pathways/self-check-view';

const outline: PathwayOutline = {
  id: 'strengthen-a-partnership',
  title: 'Strengthen a partnership',
  steps: [
    { id: 'take-stock', title: 'Take stock', stage: 'get-ready' },
    { id: 'check-results', title: 'Check results', stage: 'measure-and-learn' },
  ],
};
const financing: PathwayOutline = {
  id: 'finance-prevention-together',
  title: 'Finance prevention together',
  steps: [{ id: 'a', title: 'A', stage: 'align-value' }],
};

describe('errorSummaryLinks', () => {
  it('links each unanswered question, numbered as on the form, to its first option', () => {
    expect(errorSummaryLinks(['need', 'money'])).toEqual([
      {
        question: 'need',
        href: `#answer-need-${SELF_CHECK_QUESTIONS[1]!.options[0]!.value}`,
        text: `Question 2: ${SELF_CHECK_QUESTIONS[1]!.legend}`,
      },
      {
        question: 'money',
        href: `#answer-money-${SELF_CHECK_QUESTIONS[2]!.options[0]!.value}`,
        text: `Question 3: ${SELF_CHECK_QUESTIONS[2]!.legend}`,
      },
    ]);
    expect(errorSummaryLinks([])).toEqual([]);
  });
});

describe('suggestionView', () => {
  it('turns a suggestion into the stage, pathway and step links and the reasons', () => {
    const suggestion = suggestStart({ situation: 'working', need: 'results', money: 'unsure' }, [outline, financing])!;
    const view = suggestionView(suggestion);
    expect(view.stage).toEqual({ href: '/stages/measure-and-learn/', text: 'Stage 6: Measure outcomes and learn' });
    expect(view.pathway).toEqual({
      pathway: { href: '/pathways/strengthen-a-partnership/', text: 'Strengthen a partnership' },
      step: { href: '/pathways/strengthen-a-partnership/#step-check-results', text: 'step 2: Check results' },
    });
    expect(view.alsoConsider).toEqual({ href: '/pathways/finance-prevention-together/', text: 'Finance prevention together' });
    expect(view.reasons).toEqual(suggestion.reasons);
  });

  it('leaves out the pathway when it is not published', () => {
    const view = suggestionView(suggestStart({ situation: 'idea', need: 'decide', money: 'no' }, [])!);
    expect(view.stage.href).toBe('/stages/get-ready/');
    expect(view.pathway).toBeUndefined();
    expect(view.alsoConsider).toBeUndefined();
  });
});

describe('parsePathwayOutlines', () => {
  it('reads the page’s JSON island', () => {
    expect(parsePathwayOutlines(JSON.stringify({ pathways: [outline] }))).toEqual([outline]);
  });

  it('gives an empty list, never an error, for anything malformed', () => {
    for (const bad of [null, undefined, '', '{', 'null', '[]', '{"pathways":{}}', '{"pathways":"x"}'])
      expect(parsePathwayOutlines(bad), String(bad)).toEqual([]);
  });

  it('drops outlines of the wrong shape or with an unknown stage', () => {
    const wrongStage = { ...outline, id: 'x', steps: [{ id: 's', title: 'S', stage: 'stage-9' }] };
    const noTitle = { id: 'y', steps: [] };
    expect(parsePathwayOutlines(JSON.stringify({ pathways: [wrongStage, noTitle, null, outline] }))).toEqual([outline]);
  });
});
