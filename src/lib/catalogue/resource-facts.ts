/**
 * Turns a resource's data into the rows of its facts table.
 * Only known facts become rows: an empty field is left out rather than shown as "unknown",
 * except the publisher, whose absence is itself useful provenance.
 */
import type { ResourceData } from '../../schemas/resource';
import { formatDuration, formatPlace, joinList } from './format';
import { AUDIENCE_TERMS, FORMAT_TERMS, RESOURCE_TYPE_TERMS } from '../model/vocabularies';

export interface FactRow {
  label: string;
  value: string;
  /**
   * What the search index holds for the row, when not the value as shown: null for values that are
   * labels from a vocabulary (they are filters already, and in an excerpt they read as noise), or a
   * shorter text (authors by surname: an initial such as "X." would otherwise be an index word that
   * Pagefind matches as the start of any unknown query beginning with that letter).
   */
  searchText?: string | null;
}

/** "Zhu, X." → "Zhu"; "McLeod Grant, H." → "McLeod Grant"; an organisation without a comma stays whole. */
export function authorSurname(author: string): string {
  return author.split(',')[0]!.trim();
}

export function resourceFactRows(data: ResourceData): FactRow[] {
  const rows: FactRow[] = [{ label: 'Type', value: RESOURCE_TYPE_TERMS[data.type].label, searchText: null }];
  rows.push({
    label: 'Publisher',
    value: data.publisher
      ? data.publisherInferred
        ? `${data.publisher} (our inference, not confirmed)`
        : data.publisher
      : 'Not confirmed',
    ...(data.publisher ? {} : { searchText: null }),
  });
  if (data.authors.length > 0)
    rows.push({
      label: data.authors.length === 1 ? 'Author' : 'Authors',
      value: joinList(data.authors),
      searchText: data.authors.map(authorSurname).join(' '),
    });
  if (data.year !== undefined)
    rows.push({ label: data.type === 'initiative' ? 'Started' : 'Year', value: String(data.year), searchText: null });
  if (data.format) rows.push({ label: 'Format', value: FORMAT_TERMS[data.format].label, searchText: null });
  if ('durationMinutes' in data && data.durationMinutes !== undefined) {
    rows.push({ label: 'Time needed', value: `About ${formatDuration(data.durationMinutes)}`, searchText: null });
  }
  if ('certificate' in data && data.certificate !== undefined) {
    rows.push({ label: 'Certificate', value: data.certificate ? 'Yes, on completion' : 'No', searchText: null });
  }
  if ('places' in data && data.places.length > 0) {
    rows.push({ label: data.places.length === 1 ? 'Place' : 'Places', value: data.places.map(formatPlace).join('; ') });
  }
  if ('partners' in data && data.partners.length > 0) rows.push({ label: 'Partners', value: joinList(data.partners) });
  if ('financing' in data && data.financing) rows.push({ label: 'Financing', value: data.financing });
  if (data.audience.length > 0) {
    rows.push({ label: 'Mainly for', value: joinList(data.audience.map((audience) => AUDIENCE_TERMS[audience].label)), searchText: null });
  }
  return rows;
}
