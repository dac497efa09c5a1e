import { describe, expect, it } from 'vitest';
import { stageSchema } from '../../src/schemas/stage';
import { pathwaySchema } from '../../src/schemas/pathway';

const step = {
  id: 'map-stakeholders',
  title: 'Map who holds a stake',
  why: 'You cannot invite partners you have not noticed.',
  how: 'List every organisation that touches the problem, then rate interest and influence.',
  example: 'A county team lists twelve organisations and finds two it had never spoken to.',
};

const stage = {
  purpose: 'Find and engage the partners the work needs, including ones you would not think of first.',
  learn: ['How to map stakeholders', 'How to approach unusual allies'],
  concepts: [{ term: 'Unusual allies', explanation: 'Partners from sectors that rarely sit at a health table.' }],
  steps: [step],
  questions: ['Who delivers services today?', 'Who is missing from the table?'],
  messages: ['Start from a framed problem.', 'Shared value keeps partners.'],
  sources: ['000_5ba3dc72bf50a3a6.txt'],
  startWith: [
    { resource: 'eight-step-guide', why: 'A step-by-step backbone for starting a coalition.' },
    { resource: 'collaboration-multiplier', why: 'Maps what each sector brings to the table.' },
    { resource: 'grassroots-partnering', why: 'The community side of partnering, in its own words.' },
  ],
};

describe('stage schema', () => {
  it('accepts complete guidance', () => {
    expect(stageSchema.safeParse(stage).success).toBe(true);
  });

  it('rejects a step anchor that is not URL-safe', () => {
    const result = stageSchema.safeParse({ ...stage, steps: [{ ...step, id: 'Map Stakeholders' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['steps', 0, 'id']);
  });

  it('rejects guidance without steps or with a missing section', () => {
    expect(stageSchema.safeParse({ ...stage, steps: [] }).success).toBe(false);
    const { questions: _questions, ...withoutQuestions } = stage;
    expect(stageSchema.safeParse(withoutQuestions).error?.issues[0]?.path).toEqual(['questions']);
  });

  it('needs exactly three distinct "Start with these" picks, each with a reason', () => {
    expect(stageSchema.safeParse({ ...stage, startWith: stage.startWith.slice(0, 2) }).error?.issues[0]?.path).toEqual(['startWith']);
    const twice = [stage.startWith[0], stage.startWith[0], stage.startWith[1]];
    expect(stageSchema.safeParse({ ...stage, startWith: twice }).error?.issues[0]?.message).toBe('lists the same resource twice');
    const noReason = [{ resource: 'eight-step-guide', why: '' }, ...stage.startWith.slice(1)];
    expect(stageSchema.safeParse({ ...stage, startWith: noReason }).error?.issues[0]?.path).toEqual(['startWith', 0, 'why']);
  });

  it('rejects a title in the frontmatter: titles live in the vocabulary', () => {
    expect(stageSchema.safeParse({ ...stage, title: 'Build' }).success).toBe(false);
  });
});

describe('pathway schema', () => {
  const pathwayStep = {
    id: 'find-partners',
    title: 'Find partners',
    stage: 'build-the-alliance',
    summary: 'Draw up the list of organisations you need and agree who approaches whom.',
    actions: ['Map stakeholders'],
    checklist: ['A stakeholder map exists'],
    resources: ['prevention-institute-collaboration-multiplier', 'another-resource'],
  };
  const pathway = {
    title: 'Start a new alliance',
    summary: 'For a health department that wants to bring partners together around one problem for the first time.',
    steps: [pathwayStep, { ...pathwayStep, id: 'agree-value', stage: 'align-value' }],
  };

  it('accepts an ordered list of steps', () => {
    expect(pathwaySchema.safeParse(pathway).success).toBe(true);
  });

  it('rejects a step pointing at an unknown stage', () => {
    const result = pathwaySchema.safeParse({ ...pathway, steps: [{ ...pathwayStep, stage: 'stage-8' }, pathwayStep] });
    expect(result.error?.issues[0]?.path).toEqual(['steps', 0, 'stage']);
  });

  it('accepts an order and links to stage guidance, and rejects a guidance id that is not an anchor', () => {
    expect(
      pathwaySchema.safeParse({ ...pathway, order: 2, steps: [{ ...pathwayStep, guidance: ['map-stakeholders'] }, pathwayStep] }).success,
    ).toBe(true);
    const result = pathwaySchema.safeParse({ ...pathway, steps: [{ ...pathwayStep, guidance: ['#Map'] }, pathwayStep] });
    expect(result.error?.issues[0]?.path).toEqual(['steps', 0, 'guidance', 0]);
    expect(pathwaySchema.safeParse({ ...pathway, order: 0 }).success).toBe(false);
  });

  it('rejects a resource id that could not be a file name', () => {
    const result = pathwaySchema.safeParse({ ...pathway, steps: [{ ...pathwayStep, resources: ['../etc/passwd'] }, pathwayStep] });
    expect(result.error?.issues[0]?.path).toEqual(['steps', 0, 'resources', 0]);
  });
});
