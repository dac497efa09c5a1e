/**
 * Files for courses and other sites, written straight into dist/ after the build (like the
 * citation files in entry-files.ts): the embed card of every resource, stage and pathway
 * (/embed/<kind>/<id>/, embed-card-page.ts), its static oEmbed answer (/oembed/<kind>/<id>.json)
 * and every pathway as a Common Cartridge (/exports/pathways/<id>.imscc).
 * They do not exist under `astro dev`.
 */
import type { LinkHealthFile } from '../../schemas/link-health';
import type { PathwayData } from '../../schemas/pathway';
import type { ResourceData } from '../../schemas/resource';
import type { StageData } from '../../schemas/stage';
import { inStageOrder } from '../catalogue/catalogue';
import { cartridgeZip } from './common-cartridge';
import { exportPathway, pathwayCartridge } from './course-exports';
import { embedCardPageHtml, type EmbedCardPage } from './embed-card-page';
import { pathwayCardText, resourceCardText, stageCardText, type EmbedCardText } from './embeds';
import { mayBeBroken } from '../links/link-health';
import { oembedResponse } from './oembed';
import { absoluteUrl, sitePath, withBase } from '../catalogue/paths';
import { resolvePath, type LinkData } from '../links/redirects';
import { resourceCardMeta } from '../catalogue/resource-card';
import { codeByTarget } from '../links/short-links';
import { archivedCopyUrl } from '../links/web-archive';
import { RESOURCE_TYPE_TERMS, STAGE_IDS, STAGE_TERMS, type StageId } from '../model/vocabularies';

export interface ClassroomContent {
  resources: ReadonlyArray<{ id: string; data: ResourceData }>;
  stages: ReadonlyArray<{ id: string; data: StageData }>;
  pathways: ReadonlyArray<{ id: string; data: PathwayData }>;
}

/** Every file, as site path (without base) → contents. */
export function classroomFiles(
  content: ClassroomContent,
  links: LinkData,
  health: LinkHealthFile,
  site: string,
  base: string,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const absolute = (path: string) => absoluteUrl(withBase(path, base), site);
  const card = (embedPath: string, text: EmbedCardText, pagePath: string, extra: Partial<EmbedCardPage> = {}) =>
    files.set(
      `${embedPath}index.html`,
      embedCardPageHtml({
        card: text,
        canonical: absolute(embedPath),
        pageHref: withBase(pagePath, base),
        stylesheetHref: withBase('/embed/card.css', base),
        feedHref: withBase(sitePath.feed(), base),
        faviconHref: withBase('/favicon.svg', base),
        ...extra,
      }),
    );
  for (const { id, data } of content.resources) {
    const mainStage = inStageOrder(data.stages)[0];
    const text = resourceCardText({
      typeLabel: RESOURCE_TYPE_TERMS[data.type].label,
      title: data.title,
      summary: data.summary,
      facts: resourceCardMeta(data),
      mainStage: mainStage ? `Stage ${STAGE_TERMS[mainStage].number}: ${STAGE_TERMS[mainStage].label}` : '',
    });
    const broken = mayBeBroken(health, data.url);
    card(sitePath.embedResource(id), text, sitePath.resource(id), {
      resourceUrl: data.url,
      mayBeBroken: broken,
      ...(broken && data.url ? { archivedUrl: archivedCopyUrl(data.url) } : {}),
    });
  }
  for (const { id, data } of content.stages) {
    const term = STAGE_TERMS[id as StageId];
    const resources = content.resources.filter((entry) => entry.data.stages.includes(id as StageId)).length;
    const text = stageCardText({
      number: term.number,
      stageCount: STAGE_IDS.length,
      label: term.label,
      purpose: data.purpose,
      steps: data.steps.length,
      resources,
    });
    card(sitePath.embedStage(id), text, sitePath.stage(id));
  }
  for (const { id, data } of content.pathways) {
    const stageNumbers = data.steps.map((step) => STAGE_TERMS[step.stage].number);
    card(
      sitePath.embedPathway(id),
      pathwayCardText({ title: data.title, summary: data.summary, steps: data.steps.length, stageNumbers }),
      sitePath.pathway(id),
    );
  }
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
