/** The short facts line under a resource's title in lists ("Prevention Institute · 2018 · 30 minutes"). */
import type { ResourceData } from '../schemas/resource';
import { formatDuration } from './format';

export function resourceCardMeta(data: ResourceData): string {
  const parts: string[] = [];
  if (data.publisher && !data.publisherInferred) parts.push(data.publisher);
  if (data.year !== undefined) parts.push(String(data.year));
  if ('durationMinutes' in data && data.durationMinutes !== undefined) parts.push(formatDuration(data.durationMinutes));
  if ('places' in data && data.places.length > 0) parts.push(data.places.map((place) => place.name).join(', '));
  return parts.join(' · ');
}
