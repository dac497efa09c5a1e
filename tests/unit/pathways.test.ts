import { describe, expect, it } from 'vitest';
import {
  checklistItems,
  pathwayOutline,
  pathwayStepLinks,
  pathwayStepsInStage,
  sortPathways,
  stagesVisited,
  type PathwayLike,
} from '../../src/lib/pathways/pathways';
import { checklistItemKey } from '../../src/lib/pathways/progress';
import type { PathwayData } from '../../src/schemas/pathway';
import type { StageId } from '../../src/lib/model/vocabularies';

function pathway(id: string, title: string, stages: StageId[], order?: number): PathwayLike {
  const data = {
    ...(order === undefined ? {} : { order }),
    title,
    summary: '',
    steps: stages.map((stage, index) => ({
      id: `${id}-${index + 1}`,
      title: `Step ${index + 1}`,
      stage,
      summary: '',
      actions: [],
      checklist: [`Item A of ${index + 1}`, `Item B of ${index + 1}`],
      resources: [],
      guidance: [],
    })),
  } as PathwayData;
  return { id, data };
}

describe('sortPathways', () => {
  it('orders by `order`, then those without one by title', () => {
    const sorted = sortPathways([
      pathway('c', 'Zebra', ['get-ready']),
      pathway('b', 'Second', ['get-ready'], 2),
      pathway('a', 'Alpha', ['get-ready']),
      pathway('d', 'First', ['get-ready'], 1),
    ]);
    expect(sorted.map((entry) => entry.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('pathway queries', () => {
  const finance = pathway('finance', 'Finance', ['frame-the-problem', 'align-value', 'align-value', 'sustain-and-scale']);

  it('lists the stages visited once each, in first-visit order', () => {
    expect(stagesVisited(finance)).toEqual(['frame-the-problem', 'align-value', 'sustain-and-scale']);
  });

  it('lists checklist items with their step and storage key', () => {
    const items = checklistItems(finance);
    expect(items).toHaveLength(8);
    expect(items[2]).toEqual({ stepId: 'finance-2', itemKey: checklistItemKey('Item A of 2'), text: 'Item A of 2' });
  });

  it('gives the self-check a bare outline', () => {
    expect(pathwayOutline(finance).steps[1]).toEqual({ id: 'finance-2', title: 'Step 2', stage: 'align-value' });
  });

  it('finds, for a stage, the pathway steps in it with their numbers, leaving out pathways that skip it', () => {
    const other = pathway('other', 'Other', ['get-ready']);
    const found = pathwayStepsInStage([finance, other], 'align-value');
    expect(found.map((entry) => entry.pathway.id)).toEqual(['finance']);
    expect(found[0]?.steps).toEqual([
      { id: 'finance-2', title: 'Step 2', number: 2 },
      { id: 'finance-3', title: 'Step 3', number: 3 },
    ]);
  });
});

describe('pathwayStepLinks', () => {
  const route = pathway('route', 'Route', ['get-ready', 'build-the-alliance']);
  route.data.steps[0]!.resources = ['b', 'a'];
  route.data.steps[0]!.guidance = ['check-fit', 'untitled'];
  route.data.steps[1]!.resources = ['a'];
  const stages = [
    { id: 'get-ready', data: { steps: [{ id: 'check-fit', title: 'Check the fit' }] } },
    { id: 'build-the-alliance', data: { steps: [{ id: 'check-fit', title: 'Not this stage' }] } },
  ];

  it('gives each step its resources in the listed order and its guidance titles from its own stage', () => {
    const links = pathwayStepLinks(route, [{ id: 'a' }, { id: 'b' }], stages);
    expect(links.stepResources.map((entries) => entries.map((entry) => entry.id))).toEqual([['b', 'a'], ['a']]);
    expect([...links.stepGuidance[0]!]).toEqual([
      ['check-fit', 'Check the fit'],
      ['untitled', 'untitled'],
    ]);
    expect([...links.stepGuidance[1]!]).toEqual([]);
  });

  it('stops on a resource that does not exist, naming the file', () => {
    expect(() => pathwayStepLinks(route, [{ id: 'a' }], stages)).toThrow('content/pathways/route.md: resource "b" does not exist');
  });
});
