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
export const resourcePath = (id: string): string => withBase(`/resources/${id}/`);
export const typesIndexPath = (): string => withBase('/types/');
export const typePath = (type: ResourceType): string => withBase(`/types/${type}/`);
export const stagesIndexPath = (): string => withBase('/stages/');
export const stagePath = (id: StageId): string => withBase(`/stages/${id}/`);
export const stageStepAnchor = (stepId: string): string => `step-${stepId}`;
export const aboutPath = (): string => withBase('/about/');
/** Full-text search; `query` is an already-serialised query string (see search-state.ts), without "?". */
export const searchPath = (query = ''): string => withBase(`/search/${query ? `?${query}` : ''}`);
/** Where Pagefind writes its bundle (pagefind.js, index, fragments) inside the built site. */
export const pagefindBundlePath = (): string => withBase('/pagefind/');
