/**
 * The one place pages read collections from: sorted, typed, and with stages in model order.
 * (getCollection's order is not stable, so nothing else should call it directly.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByTitle } from '../catalogue/catalogue';
import { sortPathways } from '../pathways/pathways';
import { STAGE_IDS, type StageId } from '../model/vocabularies';

export type ResourceEntry = CollectionEntry<'resources'>;
export type StageEntry = CollectionEntry<'stages'> & { id: StageId };
export type PathwayEntry = CollectionEntry<'pathways'>;

/**
 * Sorted once per build: every list page asks for the whole catalogue, and sorting 10,000 titles on
 * each of them cost seconds of a build (getCollection returns a new array on every call). The dev
 * server reads afresh, so an edit shows at once. Callers must not mutate the array.
 */
let sortedResources: Promise<ResourceEntry[]> | undefined;

export function allResources(): Promise<ResourceEntry[]> {
  // Frozen: a caller that sorted it in place would reorder every later page's list (it throws instead).
  const read = async () => Object.freeze(sortByTitle(await getCollection('resources'))) as ResourceEntry[];
  if (import.meta.env.DEV) return read();
  sortedResources ??= read();
  return sortedResources;
}

export async function allStages(): Promise<StageEntry[]> {
  const stages = await getCollection('stages');
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  return STAGE_IDS.map((id) => {
    const stage = byId.get(id);
    if (!stage) throw new Error(`content/stages/${id}.md is missing`);
    return stage as StageEntry;
  });
}

/** Pathways in their listed order (see sortPathways). */
export async function allPathways(): Promise<PathwayEntry[]> {
  return sortPathways(await getCollection('pathways'));
}
