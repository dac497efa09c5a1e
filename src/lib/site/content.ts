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

export async function allResources(): Promise<ResourceEntry[]> {
  return sortByTitle(await getCollection('resources'));
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
