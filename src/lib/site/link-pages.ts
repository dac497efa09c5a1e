/**
 * What the link pages (short links, moved and retired pages) need at build time, in one place:
 * the link data, each current site path's short code, and a title for any path a link may lead to.
 */
import { allPathways, allResources, allStages } from './content';
import { buildLinkData } from '../links/link-data';
import { titlesByPath } from '../links/short-links';
import { STAGE_TERMS, type StageId } from '../model/vocabularies';

const stageLabel = (id: string) => STAGE_TERMS[id as StageId];

export async function linkContext() {
  const content = { resources: await allResources(), stages: await allStages(), pathways: await allPathways() };
  const { data, codes } = buildLinkData();
  const titles = titlesByPath(content, stageLabel);
  for (const entry of data.retired) titles.set(entry.path, `${entry.title} (withdrawn)`);
  return {
    content,
    data,
    /** Short code of a current site path ("/resources/x/", "/stages/y/#step-z"). */
    codeFor: (path: string): string | undefined => codes.get(path),
    /** A human title for a site path; the path itself when it is not an entry, a step or a retired page. */
    titleOf: (path: string): string => titles.get(path) ?? path,
  };
}
