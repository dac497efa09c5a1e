/**
 * Every internal URL of the site is built here, from permanent ids only (never from titles),
 * so that a page and every link to it always agree. Paths honour Astro's `base`,
 * which lets the site live under a sub-path (for example GitHub Pages).
 */
import type { ResourceType, StageId } from '../model/vocabularies';
import type { FacetSegment } from './facet-registry';

/** Joins the configured base with a site path; `base` defaults to "/" in Astro. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/**
 * Site paths without the base, for the maps kept in content/ (short links, redirects, the URL manifest),
 * which must not depend on where the site is hosted. Pages turn them into links with withBase().
 */
export const sitePath = {
  resource: (id: string): string => `/resources/${id}/`,
  stage: (id: string): string => `/stages/${id}/`,
  pathway: (id: string): string => `/pathways/${id}/`,
  /** A short permanent link, the form printed on handouts. */
  shortLink: (code: string): string => `/r/${code}/`,
  /** Citation downloads: `format` is "bib" (BibTeX) or "ris" (RIS, for reference managers). */
  resourceCitation: (id: string, format: 'bib' | 'ris'): string => `/cite/resources/${id}.${format}`,
  stageCitation: (id: string, format: 'bib' | 'ris'): string => `/cite/stages/${id}.${format}`,
  /** One resource's entry for trainer lists (title, summary, short code), fetched by /lists/. */
  listItem: (id: string): string => `/lists/items/${id}.json`,
  /** The same item under its short code, for short list addresses (/lists/?r=code,…). */
  listCode: (code: string): string => `/lists/codes/${code}.json`,
  lists: (): string => '/lists/',
  linking: (): string => '/about/linking/',
  openData: (): string => '/data/',
  resourcesJson: (): string => '/data/resources.json',
  resourcesCsv: (): string => '/data/resources.csv',
  feed: (): string => '/feed.xml',
  /** Compact cards made for other sites' iframes (the only pages that may be framed). */
  embedResource: (id: string): string => `/embed/resources/${id}/`,
  embedStage: (id: string): string => `/embed/stages/${id}/`,
  embedPathway: (id: string): string => `/embed/pathways/${id}/`,
  /** A trainer list as a card; the list itself is in the query string (?ids=…), as on /lists/. */
  embedList: (): string => '/embed/lists/',
  /** Static oEmbed answers (JSON), one per resource, stage and pathway page. */
  oembed: (kind: 'resources' | 'stages' | 'pathways', id: string): string => `/oembed/${kind}/${id}.json`,
  /** The compact browse index of /resources/ (src/lib/catalogue/browse-index.ts), named by a hash of its content. */
  browseIndex: (hash: string): string => `/browse/${hash}.json`,
  /** A pathway as an IMS Common Cartridge package, for learning platforms. */
  pathwayCartridge: (id: string): string => `/exports/pathways/${id}.imscc`,
} as const;

export const homePath = (): string => withBase('/');
export const contributePath = (): string => withBase('/contribute/');
export const resourcePath = (id: string): string => withBase(sitePath.resource(id));
export const typesIndexPath = (): string => withBase('/types/');
export const typePath = (type: ResourceType): string => withBase(`/types/${type}/`);
export const stagesIndexPath = (): string => withBase('/stages/');
export const stagePath = (id: StageId): string => withBase(sitePath.stage(id));
export const stageStepAnchor = (stepId: string): string => `step-${stepId}`;
/** Every resource of a stage: the stage's single-facet page (the guide itself shows a sample). */
export const stageResourcesPath = (id: StageId): string => withBase(`/stages/${id}/resources/`);
export const aboutPath = (): string => withBase('/about/');
export const accessibilityPath = (): string => withBase('/accessibility/');
export const pathwaysIndexPath = (): string => withBase('/pathways/');
/** The "Where do I start?" self-check. */
export const selfCheckPath = (): string => withBase('/start/');

/** The whole catalogue with facets; `query` is a serialised browse state ("type=webinar&stage=get-ready"). */
export const browsePath = (query = ''): string => withBase(`/resources/${query ? `?${query}` : ''}`);
/** Folders of the static single-facet pages (types and stages have their own pages above). */
export type { FacetSegment };
export const facetIndexPath = (segment: FacetSegment): string => withBase(`/${segment}/`);
export const facetValuePath = (segment: FacetSegment, value: string): string => withBase(`/${segment}/${value}/`);

export const pathwayPath = (id: string): string => withBase(sitePath.pathway(id));
/** Anchor of a pathway step (#step-<id>); the same pattern as stage steps. */
export const pathwayStepAnchor = (stepId: string): string => `step-${stepId}`;
export const shortLinkPath = (code: string): string => withBase(sitePath.shortLink(code));
export const listsPath = (): string => withBase(sitePath.lists());
export const linkingPath = (): string => withBase(sitePath.linking());
export const openDataPath = (): string => withBase(sitePath.openData());

/**
 * Page `page` of a paged static list (src/lib/catalogue/list-pages.ts) whose first page is at `firstPage`
 * (with or without the base): page 1 is the list's own address, later pages are under page/<n>/.
 */
export const listPagePath = (firstPage: string, page: number): string => (page <= 1 ? firstPage : `${firstPage}page/${page}/`);

/** A path with the base removed: the form the maps in content/ record (the inverse of withBase). */
export function withoutBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmedBase && path.startsWith(`${trimmedBase}/`) ? path.slice(trimmedBase.length) : path;
}

/** An absolute URL on the public site (for citations, copy-link, feeds, QR codes), from a path that already has the base. */
export function absoluteUrl(pathWithBase: string, site: URL | string | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs');
  return new URL(pathWithBase, site).href;
}
/** Full-text search; `query` is an already-serialised query string (see search-state.ts), without "?". */
export const searchPath = (query = ''): string => withBase(`/search/${query ? `?${query}` : ''}`);
/** The catalogue's own words for "did you mean" (search/words.json), fetched only when a search finds little. */
export const searchWordsPath = (): string => withBase('/search/words.json');
/** Where Pagefind writes its bundle (pagefind.js, index, fragments) inside the built site. */
export const pagefindBundlePath = (): string => withBase('/pagefind/');
