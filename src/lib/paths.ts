/**
 * Every internal URL of the site is built here, from permanent ids only (never from titles),
 * so that a page and every link to it always agree. Paths honour Astro's `base`,
 * which lets the site live under a sub-path (for example GitHub Pages).
 */
import type { ResourceType, StageId } from './vocabularies';

/** Joins the configured base with a site path; `base` defaults to "/" in Astro. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

export const homePath = (): string => withBase('/');
export const contributePath = (): string => withBase('/contribute/');
export const resourcePath = (id: string): string => withBase(`/resources/${id}/`);
export const typesIndexPath = (): string => withBase('/types/');
export const typePath = (type: ResourceType): string => withBase(`/types/${type}/`);
export const stagesIndexPath = (): string => withBase('/stages/');
export const stagePath = (id: StageId): string => withBase(`/stages/${id}/`);
export const stageStepAnchor = (stepId: string): string => `step-${stepId}`;
export const aboutPath = (): string => withBase('/about/');
export const pathwaysIndexPath = (): string => withBase('/pathways/');
export const pathwayPath = (id: string): string => withBase(`/pathways/${id}/`);
/** Anchor of a pathway step (#step-<id>); the same pattern as stage steps. */
export const pathwayStepAnchor = (stepId: string): string => `step-${stepId}`;
/** The "Where do I start?" self-check. */
export const selfCheckPath = (): string => withBase('/start/');

/** The whole catalogue with facets; `query` is a serialised browse state ("type=webinar&stage=get-ready"). */
export const browsePath = (query = ''): string => withBase(`/resources/${query ? `?${query}` : ''}`);
/** Folders of the static single-facet pages (types and stages have their own pages above). */
export type FacetSegment = 'sectors' | 'topics' | 'formats' | 'time' | 'places' | 'provenance' | 'years';
export const facetIndexPath = (segment: FacetSegment): string => withBase(`/${segment}/`);
export const facetValuePath = (segment: FacetSegment, value: string): string => withBase(`/${segment}/${value}/`);
