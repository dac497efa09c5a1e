import { describe, expect, it } from 'vitest';
import { groupMatches, LENS_MODELS, lensForStage, lensItemLabel } from '../../src/lib/pathways/stage-lens';
import { SEED_TERMS, STAGE_IDS } from '../../src/lib/model/vocabularies';

const model = (id: string) => {
  const found = LENS_MODELS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe('stage lens data', () => {
  it('numbers the items of every model 1, 2, 3… without gaps', () => {
    for (const { id, items } of LENS_MODELS) {
      expect(
        items.map((item) => item.number),
        id,
      ).toEqual(items.map((_item, index) => index + 1));
    }
  });

  it('fits every item of every model somewhere, and never twice in the same stage', () => {
    for (const { id, items } of LENS_MODELS) {
      for (const item of items) {
        expect(item.fits.length, `${id} ${item.number}`).toBeGreaterThan(0);
        const stages = item.fits.map((fit) => fit.stage);
        expect(new Set(stages).size, `${id} ${item.number}`).toBe(stages.length);
      }
    }
  });

  it('maps EuroHealthNet’s seven numbered stages one to one onto ours, in order', () => {
    const ehn = model('ehn-stages');
    expect(ehn.items.map((item) => item.fits.map((fit) => fit.stage))).toEqual(STAGE_IDS.map((stage) => [stage]));
  });

  it('says that EuroHealthNet’s stage 5 title is not known, instead of inventing one', () => {
    const stage5 = model('ehn-stages').items[4]!;
    expect(stage5.label).toBeUndefined();
    expect(lensItemLabel(model('ehn-stages'), stage5)).toBe('Stage 5 (title not known)');
    expect(stage5.fits[0]?.note).toMatch(/do not know/);
  });

  it('covers all 14 steps of the article, four, five and five in its three phases', () => {
    const article = model('article-14-steps');
    expect(article.items).toHaveLength(14);
    const phaseOf = (key: string | undefined) => article.groups?.find((group) => group.key === key)?.number;
    expect(article.items.map((item) => phaseOf(item.group))).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  it('labels the article for what it is: an unattributed web article', () => {
    expect(SEED_TERMS[model('article-14-steps').seed].provenance).toBe('unattributed-web-article');
  });

  it('has the four value steps and AcademyHealth’s five questions', () => {
    expect(model('value-steps').items).toHaveLength(4);
    expect(model('alignment-questions').items).toHaveLength(5);
  });
});

describe('lensForStage', () => {
  it('gives every one of the seven stages at least one part of the article and of EuroHealthNet’s model', () => {
    for (const stage of STAGE_IDS) {
      const lens = lensForStage(stage);
      for (const id of ['ehn-stages', 'article-14-steps'] as const) {
        expect(lens.find((entry) => entry.model.id === id)?.matches.length, `${stage} ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('accounts for each of the 14 article steps on at least one stage page', () => {
    const shown = new Set(
      STAGE_IDS.flatMap((stage) =>
        lensForStage(stage)
          .find((entry) => entry.model.id === 'article-14-steps')!
          .matches.map((match) => match.item.number),
      ),
    );
    expect([...shown].sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_x, index) => index + 1));
  });

  it('lists every model for every stage, with the matching parts in source order', () => {
    const lens = lensForStage('build-the-alliance');
    expect(lens.map((entry) => entry.model.id)).toEqual(LENS_MODELS.map((entry) => entry.id));
    const article = lens.find((entry) => entry.model.id === 'article-14-steps')!;
    expect(article.matches.map((match) => match.item.number)).toEqual([2, 3, 4]);
    expect(article.matches[0]?.group?.title).toBe('Laying the Foundation: The Pre-Alliance Blueprint');
    expect(article.matches[0]?.fit.step).toBe('map-stakeholders');
  });

  it('returns an empty match list for a model with nothing at that stage', () => {
    const values = lensForStage('get-ready').find((entry) => entry.model.id === 'value-steps')!;
    expect(values.matches).toEqual([]);
  });
});

describe('groupMatches', () => {
  it('puts consecutive parts of the same phase under one phase', () => {
    const article = lensForStage('build-the-alliance').find((entry) => entry.model.id === 'article-14-steps')!;
    const runs = groupMatches(article.matches);
    expect(runs.map((run) => [run.group?.number, run.matches.map((match) => match.item.number)])).toEqual([[1, [2, 3, 4]]]);
  });

  it('keeps ungrouped models as one run and splits when the phase changes', () => {
    const values = lensForStage('align-value').find((entry) => entry.model.id === 'value-steps')!;
    expect(groupMatches(values.matches)).toEqual([{ matches: values.matches }]);
    const align = lensForStage('align-value').find((entry) => entry.model.id === 'article-14-steps')!;
    expect(groupMatches(align.matches).map((run) => run.group?.number)).toEqual([1, 2]);
  });

  it('gives nothing for no matches', () => {
    expect(groupMatches([])).toEqual([]);
  });
});
