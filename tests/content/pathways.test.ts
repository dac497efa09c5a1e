/** The real pathways: enough of them, for distinct goals, each step pointing at real stages, guidance and resources. */
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/editing/integrity';
import { formatProblem } from '../../src/lib/editing/content-files';
import { checklistItems, stagesVisited } from '../../src/lib/pathways/pathways';
import { SELF_CHECK_PATHWAYS } from '../../src/lib/pathways/self-check';
import { content } from '../helpers/real-content';

const { pathways } = content;
const steps = pathways.flatMap((pathway) => pathway.data.steps.map((step) => [`${pathway.id}#${step.id}`, step] as const));

describe('the real pathways', () => {
  it('number at least three, with distinct titles and distinct list positions', () => {
    expect(pathways.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pathways.map((pathway) => pathway.data.title)).size).toBe(pathways.length);
    const orders = pathways.map((pathway) => pathway.data.order);
    expect(orders.every((order) => order !== undefined)).toBe(true);
    expect(new Set(orders).size).toBe(pathways.length);
  });

  it('include every pathway the self-check can suggest', () => {
    expect(pathways.map((pathway) => pathway.id)).toEqual(expect.arrayContaining(Object.values(SELF_CHECK_PATHWAYS)));
  });

  it('pass the integrity check: every resource and stage step they point at exists', () => {
    expect(checkIntegrity(content).map(formatProblem)).toEqual([]);
  });

  it('each visit at least three different stages', () => {
    for (const pathway of pathways) expect(stagesVisited(pathway).length, pathway.id).toBeGreaterThanOrEqual(3);
  });

  it('give every checklist item a distinct storage key within its step', () => {
    for (const pathway of pathways) {
      const keys = checklistItems(pathway).map((item) => `${item.stepId}/${item.itemKey}`);
      expect(new Set(keys).size, pathway.id).toBe(keys.length);
    }
  });
});

describe('each step curates 2 to 5 resources and links to its stage guidance', () => {
  it.each(steps)('%s', (_label, step) => {
    expect(step.resources.length).toBeGreaterThanOrEqual(2);
    expect(step.resources.length).toBeLessThanOrEqual(5);
    expect(step.guidance.length).toBeGreaterThanOrEqual(1);
    expect(step.actions.length).toBeGreaterThanOrEqual(2);
    expect(step.checklist.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a broken reference in a real pathway fails the integrity check', () => {
  const [first] = pathways;

  it('a missing resource', () => {
    const broken = structuredClone(first!);
    broken.data.steps[1]!.resources[0] = 'no-such-resource';
    const problems = checkIntegrity({ ...content, pathways: [broken] });
    expect(problems).toEqual([
      { file: first!.file, field: 'steps.1.resources.0', message: 'refers to resource "no-such-resource", which does not exist' },
    ]);
  });

  it('guidance that belongs to a different stage', () => {
    const broken = structuredClone(first!);
    const step = broken.data.steps[0]!;
    const elsewhere = content.stages.find((stage) => stage.id !== step.stage)!.data.steps[0]!.id;
    step.guidance = [elsewhere];
    expect(checkIntegrity({ ...content, pathways: [broken] }).map((problem) => problem.field)).toEqual(['steps.0.guidance.0']);
  });
});

describe('every step offers at least two resources that link out to the resource itself', () => {
  const linked = new Set(content.resources.filter((entry) => entry.data.url).map((entry) => entry.id));
  it.each(steps)('%s', (_label, step) => {
    expect(step.resources.filter((id) => linked.has(id)).length).toBeGreaterThanOrEqual(2);
  });
});
