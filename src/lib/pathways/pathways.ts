/**
 * Pure queries over pathways: their order on the list, the stages they pass through,
 * their checklist items (with the keys progress is stored under), and the pathway steps
 * that belong to a given stage.
 */
import type { PathwayData } from '../../schemas/pathway';
import { checklistItemKey } from './progress';
import type { PathwayOutline } from './self-check';
import type { StageId } from '../model/vocabularies';

/** The shape of a pathway entry these functions need (Astro's entries satisfy it). */
export interface PathwayLike {
  id: string;
  data: PathwayData;
}

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By `order` (pathways without one last), then title, then id. */
export function sortPathways<T extends PathwayLike>(pathways: readonly T[]): T[] {
  const rank = (pathway: T) => pathway.data.order ?? Number.MAX_SAFE_INTEGER;
  return [...pathways].sort((a, b) => rank(a) - rank(b) || titleCollator.compare(a.data.title, b.data.title) || a.id.localeCompare(b.id));
}

/** The distinct stages a pathway visits, in the order it first visits them. */
export function stagesVisited(pathway: PathwayLike): StageId[] {
  return [...new Set(pathway.data.steps.map((step) => step.stage))];
}

/** Every checklist item of a pathway with its step and storage key, in page order. */
export function checklistItems(pathway: PathwayLike): Array<{ stepId: string; itemKey: string; text: string }> {
  return pathway.data.steps.flatMap((step) => step.checklist.map((text) => ({ stepId: step.id, itemKey: checklistItemKey(text), text })));
}

/** What the self-check needs to know about a pathway. */
export function pathwayOutline(pathway: PathwayLike): PathwayOutline {
  return {
    id: pathway.id,
    title: pathway.data.title,
    steps: pathway.data.steps.map((step) => ({ id: step.id, title: step.title, stage: step.stage })),
  };
}

/** For a stage page: each pathway with the steps (and their 1-based numbers) that sit in that stage. */
export function pathwayStepsInStage<T extends PathwayLike>(
  pathways: readonly T[],
  stage: StageId,
): Array<{ pathway: T; steps: Array<{ id: string; title: string; number: number }> }> {
  return pathways
    .map((pathway) => ({
      pathway,
      steps: pathway.data.steps.flatMap((step, index) =>
        step.stage === stage ? [{ id: step.id, title: step.title, number: index + 1 }] : [],
      ),
    }))
    .filter((entry) => entry.steps.length > 0);
}

/**
 * For a pathway page: each step's resources (entries, in the order the step lists them) and its
 * guidance links (stage step id → that step's title on the stage page, the id itself if untitled).
 * A step naming a resource that does not exist stops the build, naming the file.
 */
export function pathwayStepLinks<R extends { id: string }>(
  pathway: PathwayLike,
  resources: readonly R[],
  stages: ReadonlyArray<{ id: string; data: { steps: ReadonlyArray<{ id: string; title: string }> } }>,
): { stepResources: R[][]; stepGuidance: Array<Map<string, string>> } {
  const resourceById = new Map(resources.map((entry) => [entry.id, entry]));
  const guidanceTitles = new Map(
    stages.flatMap((stage) => stage.data.steps.map((step) => [`${stage.id}#${step.id}`, step.title] as const)),
  );
  return {
    stepResources: pathway.data.steps.map((step) =>
      step.resources.map((id) => {
        const entry = resourceById.get(id);
        if (!entry) throw new Error(`content/pathways/${pathway.id}.md: resource "${id}" does not exist`);
        return entry;
      }),
    ),
    stepGuidance: pathway.data.steps.map(
      (step) => new Map(step.guidance.map((id) => [id, guidanceTitles.get(`${step.stage}#${id}`) ?? id])),
    ),
  };
}
