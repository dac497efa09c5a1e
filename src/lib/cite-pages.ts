/**
 * The citation of each resource and stage as the build writes it (access date: the build date),
 * shared by the pages' "Cite this" box and the static /cite/… downloads so they always agree.
 */
import type { ResourceEntry, StageEntry } from './content';
import { bibtex, resourceCitable, ris, stageCitable, type Citable } from './citation';
import { absoluteUrl, resourcePath, stagePath } from './paths';
import { RESOURCE_TYPE_TERMS, STAGE_TERMS } from './vocabularies';

/** Today, as a UTC calendar day: the access date written into static files. */
export const buildDay = (): Date => new Date(new Date().toISOString().slice(0, 10));

export function citeResource(entry: ResourceEntry, site: URL | undefined): Citable {
  return resourceCitable(entry.id, entry.data, RESOURCE_TYPE_TERMS[entry.data.type].label, absoluteUrl(resourcePath(entry.id), site), buildDay());
}

export function stageHeading(stage: StageEntry): string {
  const term = STAGE_TERMS[stage.id];
  return `Stage ${term.number}: ${term.label}`;
}

export function citeStage(stage: StageEntry, site: URL | undefined): Citable {
  return stageCitable(stage.id, stageHeading(stage), stage.data.purpose, absoluteUrl(stagePath(stage.id), site), buildDay());
}

/** The body of a /cite/… download in the format asked for. */
export function citationResponse(citation: Citable, format: 'bib' | 'ris'): Response {
  return new Response(format === 'bib' ? bibtex(citation) : ris(citation), {
    headers: { 'content-type': format === 'bib' ? 'application/x-bibtex; charset=utf-8' : 'application/x-research-info-systems; charset=utf-8' },
  });
}

/** Both download formats of every item, as getStaticPaths entries ("<id>.bib", "<id>.ris"). */
export function citationPaths<T extends { id: string }>(items: readonly T[]) {
  return items.flatMap((item) => (['bib', 'ris'] as const).map((format) => ({ params: { file: `${item.id}.${format}` }, props: { item, format } })));
}
