/**
 * Small per-entry files that are data, not pages: the citation downloads (/cite/resources/<id>.bib
 * and .ris, /cite/stages/<id>.bib and .ris) and the trainer-list items (/lists/items/<id>.json).
 * The links integration writes them straight into dist/ after the build: going through Astro's
 * router costs about half a millisecond per file, which at thousands of entries is most of the cost
 * of these features (see docs/bench-links.md). They do not exist under `astro dev`.
 */
import { resourceRowLine } from '../catalogue/resource-card';
import type { ResourceData } from '../../schemas/resource';
import type { StageData } from '../../schemas/stage';
import { bibtex, ris } from './citation';
import { citeResource, citeStage } from './cite-pages';
import { absoluteUrl, sitePath, withBase } from '../catalogue/paths';
import { resolvePath, type LinkData } from './redirects';
import { codeByTarget } from './short-links';
import { RESOURCE_TYPE_TERMS } from '../model/vocabularies';

export interface EntryFileContent {
  resources: ReadonlyArray<{ id: string; data: ResourceData }>;
  stages: ReadonlyArray<{ id: string; data: StageData }>;
}

/** What /lists/ shows for one resource. */
export interface ListItem {
  id: string;
  title: string;
  type: string;
  summary: string;
  /** Site path with base, for the link on the list page. */
  path: string;
  url: string;
  shortUrl: string | null;
  /** The metadata line every list shows ("Webinar · PHRASES · 2020 · link"). */
  facts: string;
  /** Its short code, for the short form of a list's address (/lists/?r=…). */
  code: string | null;
}

/** Every file, as site path (without base) → text. */
export function entryFiles(content: EntryFileContent, links: LinkData, site: string, base: string): Map<string, string> {
  const files = new Map<string, string>();
  const url = (path: string) => absoluteUrl(withBase(path, base), site);
  const codes = codeByTarget(links.registry, (path) => resolvePath(path, links.moved));
  const items = new Map<string, ListItem>();
  for (const entry of content.resources) {
    const citation = citeResource(entry, url(sitePath.resource(entry.id)));
    files.set(sitePath.resourceCitation(entry.id, 'bib'), bibtex(citation));
    files.set(sitePath.resourceCitation(entry.id, 'ris'), ris(citation));
    const code = codes.get(sitePath.resource(entry.id));
    const item: ListItem = {
      id: entry.id,
      title: entry.data.title,
      type: RESOURCE_TYPE_TERMS[entry.data.type].label,
      summary: entry.data.summary,
      path: withBase(sitePath.resource(entry.id), base),
      url: url(sitePath.resource(entry.id)),
      shortUrl: code ? url(sitePath.shortLink(code)) : null,
      code: code ?? null,
      facts: resourceRowLine(entry.data),
    };
    items.set(sitePath.resource(entry.id), item);
    files.set(sitePath.listItem(entry.id), JSON.stringify(item));
    if (code) files.set(sitePath.listCode(code), JSON.stringify(item));
  }
  // A renamed resource also answers under its old id (with its new id inside), so old lists still work.
  for (const move of links.moved) {
    const old = /^\/resources\/([^/]+)\/$/.exec(move.from)?.[1];
    const item = items.get(resolvePath(move.from, links.moved));
    if (old && item) files.set(sitePath.listItem(old), JSON.stringify(item));
  }
  for (const stage of content.stages) {
    const citation = citeStage(stage, url(sitePath.stage(stage.id)));
    files.set(sitePath.stageCitation(stage.id, 'bib'), bibtex(citation));
    files.set(sitePath.stageCitation(stage.id, 'ris'), ris(citation));
  }
  return files;
}
