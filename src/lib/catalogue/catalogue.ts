/**
 * Pure queries over the catalogue: sorting, grouping and counting resources.
 * Pages call these instead of filtering inline, so the rules live (and are tested) in one place.
 */
import type { ResourceData } from '../../schemas/resource';
import { RESOURCE_TYPES, STAGE_IDS, type ResourceType, type StageId } from '../model/vocabularies';

/** The shape of a collection entry that these functions need (Astro's entries satisfy it). */
export interface CatalogueEntry {
  id: string;
  data: ResourceData;
}

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Alphabetical by title, ignoring case and accents; ties broken by id so the order is stable. */
export function sortByTitle<T extends CatalogueEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => titleCollator.compare(a.data.title, b.data.title) || a.id.localeCompare(b.id));
}

export function entriesOfType<T extends CatalogueEntry>(entries: readonly T[], type: ResourceType): T[] {
  return sortByTitle(entries.filter((entry) => entry.data.type === type));
}

export function entriesForStage<T extends CatalogueEntry>(entries: readonly T[], stage: StageId): T[] {
  return sortByTitle(entries.filter((entry) => entry.data.stages.includes(stage)));
}

/** How many entries each type has, in vocabulary order, including types with none. */
export function countByType(entries: readonly CatalogueEntry[]): Map<ResourceType, number> {
  const counts = new Map<ResourceType, number>(RESOURCE_TYPES.map((type) => [type, 0]));
  for (const entry of entries) counts.set(entry.data.type, (counts.get(entry.data.type) ?? 0) + 1);
  return counts;
}

/** How many entries each stage has, in stage order. */
export function countByStage(entries: readonly CatalogueEntry[]): Map<StageId, number> {
  const counts = new Map<StageId, number>(STAGE_IDS.map((stage) => [stage, 0]));
  for (const entry of entries) {
    for (const stage of entry.data.stages) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return counts;
}

/** Entries grouped by type in vocabulary order; types with no entries are left out. */
export function groupByType<T extends CatalogueEntry>(entries: readonly T[]): Array<{ type: ResourceType; entries: T[] }> {
  return RESOURCE_TYPES.map((type) => ({ type, entries: entriesOfType(entries, type) })).filter((group) => group.entries.length > 0);
}

/** The stage before and after a stage in the canonical order (undefined at either end). */
export function neighbouringStages(stage: StageId): { previous?: StageId; next?: StageId } {
  const index = STAGE_IDS.indexOf(stage);
  const previous = index > 0 ? STAGE_IDS[index - 1] : undefined;
  const next = index < STAGE_IDS.length - 1 ? STAGE_IDS[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Stage ids sorted into the model's order (1 to 7), for display. */
export function inStageOrder(stages: readonly StageId[]): StageId[] {
  return [...stages].sort((a, b) => STAGE_IDS.indexOf(a) - STAGE_IDS.indexOf(b));
}

/** How many resources of each type a stage guide shows; the rest are on the stage's resource list. */
export const STAGE_GUIDE_SAMPLE = 6;

/**
 * Keeps at most `limit` entries of each group, with the group's full count, so that a page which is
 * not itself the list (a stage guide) stays the same size however large the catalogue grows.
 */
export function sampleGroups<T>(
  groups: ReadonlyArray<{ type: ResourceType; entries: T[] }>,
  limit: number,
): Array<{ type: ResourceType; entries: T[]; total: number }> {
  return groups.map((group) => ({ type: group.type, entries: group.entries.slice(0, limit), total: group.entries.length }));
}
