/**
 * The citation of each resource and stage as the build writes it (access date: the build date),
 * shared by the pages' "Cite this" box and the static /cite/… downloads so they always agree.
 * Works on Astro entries and on content-files entries alike (both have id and data).
 */
import type { ResourceData } from '../../schemas/resource';
import type { StageData } from '../../schemas/stage';
import { resourceCitable, stageCitable, type Citable } from './citation';
import { RESOURCE_TYPE_TERMS, STAGE_TERMS, type StageId } from '../model/vocabularies';

/** Today, as a UTC calendar day: the access date written into static files. */
export const buildDay = (): Date => new Date(new Date().toISOString().slice(0, 10));

export function citeResource(entry: { id: string; data: ResourceData }, permanentUrl: string): Citable {
  return resourceCitable(entry.id, entry.data, RESOURCE_TYPE_TERMS[entry.data.type].label, permanentUrl, buildDay());
}

/** "Stage 3: Build the alliance". */
export function stageHeading(id: string): string {
  const term = STAGE_TERMS[id as StageId];
  return `Stage ${term.number}: ${term.label}`;
}

export function citeStage(stage: { id: string; data: StageData }, permanentUrl: string): Citable {
  return stageCitable(stage.id, stageHeading(stage.id), stage.data.purpose, permanentUrl, buildDay());
}
