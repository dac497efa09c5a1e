/** Small formatting helpers for facts shown on pages. Pure and locale-fixed (en) for stable output. */

/** "30 minutes", "1 hour", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new RangeError(`not a duration: ${minutes}`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (rest > 0) parts.push(`${rest} minute${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export interface PlaceLike {
  name: string;
  region?: string | undefined;
  country: string;
}

/** "Kern County, California, United States"; repeated parts are written once ("Portugal"). */
export function formatPlace(place: PlaceLike): string {
  const parts = [place.name, place.region, place.country].filter((part): part is string => Boolean(part));
  return parts.filter((part, index) => parts.indexOf(part) === index).join(', ');
}

/**
 * "1 resource", "5 resources": a count and its noun in one string. In a template, write it as one
 * expression: Astro 7 drops whitespace that holds a line break between `{count}` and the next word.
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** ISO calendar date (YYYY-MM-DD) for machine-readable attributes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Made once: building an Intl formatter per call cost about a quarter of a millisecond, paid on every page.
const HUMAN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026" in UTC, so a build anywhere prints the same date. */
export function humanDate(date: Date): string {
  return HUMAN_DATE.format(date);
}
