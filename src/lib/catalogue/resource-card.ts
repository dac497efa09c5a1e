/**
 * The facts line of a resource row in every list ("Webinar · PHRASES · 2020 · 30 minutes · link"):
 * the facts that decide a click, in one fixed order. Only stated facts appear; the link status
 * always does, so a reader knows before opening the entry whether it leads anywhere yet.
 */
import type { ResourceData } from '../../schemas/resource';
import { formatDuration } from './format';
import { RESOURCE_TYPE_TERMS } from '../model/vocabularies';

/** What the row says about the link out: a verified address, or none yet. */
export const LINK_STATUS_TEXT = { linked: 'link', unlinked: 'no link yet' } as const;

/** Publisher (when confirmed), year, time needed and places: the facts between type and link status. */
export function resourceCardMeta(data: ResourceData): string {
  return resourceFactParts(data).join(' · ');
}

function resourceFactParts(data: ResourceData): string[] {
  const parts: string[] = [];
  if (data.publisher && !data.publisherInferred) parts.push(data.publisher);
  if (data.year !== undefined) parts.push(String(data.year));
  if ('durationMinutes' in data && data.durationMinutes !== undefined) parts.push(formatDuration(data.durationMinutes));
  if ('places' in data && data.places.length > 0) parts.push(data.places.map((place) => place.name).join(', '));
  return parts;
}

/** The row's whole metadata line as separate parts: type first, link status last. */
export function resourceRowMeta(data: ResourceData): { type: string; facts: string[]; link: string } {
  return {
    type: RESOURCE_TYPE_TERMS[data.type].label,
    facts: resourceFactParts(data),
    link: data.url ? LINK_STATUS_TEXT.linked : LINK_STATUS_TEXT.unlinked,
  };
}

/** The metadata line as one string (for search results, which carry it as Pagefind metadata). */
export function resourceRowLine(data: ResourceData): string {
  const { type, facts, link } = resourceRowMeta(data);
  return [type, ...facts, link].join(' · ');
}
