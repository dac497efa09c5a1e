/**
 * Turns a resource's data into the rows of its facts table.
 * Only known facts become rows: an empty field is left out rather than shown as "unknown",
 * except the publisher, whose absence is itself useful provenance.
 */
import type { ResourceData } from '../schemas/resource';
import { formatDuration, formatPlace, joinList } from './format';
import { AUDIENCE_TERMS, FORMAT_TERMS, RESOURCE_TYPE_TERMS } from './vocabularies';

export interface FactRow {
  label: string;
  value: string;
}

export function resourceFactRows(data: ResourceData): FactRow[] {
  const rows: FactRow[] = [{ label: 'Type', value: RESOURCE_TYPE_TERMS[data.type].label }];
  rows.push({
    label: 'Publisher',
    value: data.publisher
      ? data.publisherInferred
        ? `${data.publisher} (our inference, not confirmed)`
        : data.publisher
      : 'Not confirmed',
  });
  if (data.authors.length > 0) rows.push({ label: data.authors.length === 1 ? 'Author' : 'Authors', value: joinList(data.authors) });
  if (data.year !== undefined) rows.push({ label: data.type === 'initiative' ? 'Started' : 'Year', value: String(data.year) });
  if (data.format) rows.push({ label: 'Format', value: FORMAT_TERMS[data.format].label });
  if ('durationMinutes' in data && data.durationMinutes !== undefined) {
    rows.push({ label: 'Time needed', value: `About ${formatDuration(data.durationMinutes)}` });
  }
  if ('certificate' in data && data.certificate !== undefined) {
    rows.push({ label: 'Certificate', value: data.certificate ? 'Yes, on completion' : 'No' });
  }
  if ('places' in data && data.places.length > 0) {
    rows.push({ label: data.places.length === 1 ? 'Place' : 'Places', value: data.places.map(formatPlace).join('; ') });
  }
  if ('partners' in data && data.partners.length > 0) rows.push({ label: 'Partners', value: joinList(data.partners) });
  if ('financing' in data && data.financing) rows.push({ label: 'Financing', value: data.financing });
  if (data.audience.length > 0) {
    rows.push({ label: 'Mainly for', value: joinList(data.audience.map((audience) => AUDIENCE_TERMS[audience].label)) });
  }
  return rows;
}
