/**
 * Files for courses and other sites, written straight into dist/ after the build (like the
 * citation files in entry-files.ts): the static oEmbed answer of every resource, stage and pathway
 * page (/oembed/<kind>/<id>.json) and every pathway as a Common Cartridge (/exports/pathways/<id>.imscc).
 */
import type { PathwayData } from '../schemas/pathway';
import type { ResourceData } from '../schemas/resource';
import { cartridgeZip } from './common-cartridge';
import { exportPathway, pathwayCartridge } from './course-exports';
import { oembedResponse } from './oembed';
import { absoluteUrl, sitePath, withBase } from './paths';
import { resolvePath, type LinkData } from './redirects';
import { codeByTarget } from './short-links';
import { STAGE_TERMS, type StageId } from './vocabularies';

export interface ClassroomContent {
  resources: ReadonlyArray<{ id: string; data: ResourceData }>;
  stages: ReadonlyArray<{ id: string }>;
  pathways: ReadonlyArray<{ id: string; data: PathwayData }>;
}

/** Every file, as site path (without base) → contents. */
export function classroomFiles(content: ClassroomContent, links: LinkData, site: string, base: string): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const absolute = (path: string) => absoluteUrl(withBase(path, base), site);
  const providerUrl = absolute('/');
  const codes = codeByTarget(links.registry, (path) => resolvePath(path, links.moved));
  const short = (path: string) => {
    const code = codes.get(path);
    return code ? absolute(sitePath.shortLink(code)) : undefined;
  };
  const oembed = (kind: 'resources' | 'stages' | 'pathways', id: string, title: string, embedPath: string) => {
    const embedKind = ({ resources: 'resource', stages: 'stage', pathways: 'pathway' } as const)[kind];
    const answer = oembedResponse({ kind: embedKind, title, embedUrl: absolute(embedPath), providerUrl });
    files.set(sitePath.oembed(kind, id), `${JSON.stringify(answer, null, 2)}\n`);
  };
  for (const entry of content.resources) oembed('resources', entry.id, entry.data.title, sitePath.embedResource(entry.id));
  for (const stage of content.stages) {
    const term = STAGE_TERMS[stage.id as StageId];
    oembed('stages', stage.id, `Stage ${term.number}: ${term.label}`, sitePath.embedStage(stage.id));
  }
  const titles = new Map(content.resources.map((entry) => [entry.id, entry.data.title]));
  for (const pathway of content.pathways) {
    oembed('pathways', pathway.id, pathway.data.title, sitePath.embedPathway(pathway.id));
    files.set(sitePath.pathwayCartridge(pathway.id), cartridgeZip(pathwayCartridge(exportPathway(pathway, titles, absolute, short))));
  }
  return files;
}
