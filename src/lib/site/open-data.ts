/**
 * Open data: every resource with every field, as JSON (/data/resources.json) and CSV
 * (/data/resources.csv), documented field by field on /data/. The field list below is the one
 * source for the column order, the JSON keys and the documentation, and a test checks that it
 * covers every field of the resource schema.
 */
import type { ResourceData } from '../../schemas/resource';
import { formatPlace, isoDate } from '../catalogue/format';

/** One published field: its JSON key (dotted for nested CSV columns), its meaning and its form. */
export interface OpenDataField {
  name: string;
  description: string;
  /** How it is written: text, a number, true/false, a date (YYYY-MM-DD), or a list (JSON array; "; " between items in CSV). */
  form: 'text' | 'number' | 'boolean' | 'date' | 'list' | 'url';
}

export const OPEN_DATA_FIELDS: readonly OpenDataField[] = [
  { name: 'id', form: 'text', description: 'Permanent id of the entry. Never changes; it is the last part of the entry’s address.' },
  { name: 'permalink', form: 'url', description: 'The entry’s permanent address on this site.' },
  {
    name: 'shortLink',
    form: 'url',
    description: 'The short permanent link (/r/<code>/) printed on handouts; empty if none is assigned yet.',
  },
  {
    name: 'type',
    form: 'text',
    description:
      'Kind of resource (guide, training, webinar, podcast, framework, template, article, case-study, county-example, initiative).',
  },
  { name: 'title', form: 'text', description: 'Title as published, with obvious slips in the source corrected.' },
  { name: 'summary', form: 'text', description: 'One to three sentences in our own words.' },
  { name: 'stages', form: 'list', description: 'Stage ids where the resource helps; the first is its main stage.' },
  { name: 'sectors', form: 'list', description: 'Partner sector ids the resource speaks to.' },
  { name: 'topics', form: 'list', description: 'Topic ids.' },
  { name: 'format', form: 'text', description: 'Physical or digital form (format id), where known.' },
  { name: 'audience', form: 'list', description: 'Audience ids: who it is mainly for.' },
  { name: 'publisher', form: 'text', description: 'Who published it, where known.' },
  { name: 'publisherInferred', form: 'boolean', description: 'true when the publisher is our best inference rather than confirmed.' },
  { name: 'year', form: 'number', description: 'Year of publication (for programmes, the year they started), where a source states it.' },
  { name: 'url', form: 'url', description: 'The publisher’s own address for the resource, only when we have verified it.' },
  { name: 'linkKind', form: 'text', description: 'What url points at when it is not the resource’s own page: publisher-page or doi.' },
  { name: 'linkNote', form: 'text', description: 'For entries without url: why there is no link, in one sentence.' },
  { name: 'publisherSite', form: 'text', description: 'For entries without url: the publisher’s web site (host name), where known.' },
  {
    name: 'authors',
    form: 'list',
    description: 'People credited as authors or editors, in citation form (Family, Initials.), where a source states them.',
  },
  { name: 'provenance', form: 'text', description: 'Kind of publisher (provenance id), for an honest label.' },
  {
    name: 'source.kind',
    form: 'text',
    description: 'Where the entry came from: seed (a source document), import (a spreadsheet) or editor.',
  },
  { name: 'source.seed', form: 'text', description: 'For seed entries: the source document that listed the entry.' },
  { name: 'source.title', form: 'text', description: 'For seed entries: the title exactly as the source wrote it, slips included.' },
  { name: 'source.type', form: 'text', description: 'For seed entries: the type or section exactly as the source wrote it.' },
  { name: 'source.import', form: 'text', description: 'For imported entries: the spreadsheet file it was imported from.' },
  { name: 'source.line', form: 'number', description: 'For imported entries: the line of that spreadsheet.' },
  {
    name: 'source.notes',
    form: 'text',
    description: 'Cataloguing notes: how the entry was made from its source (original spellings, corrected types).',
  },
  { name: 'added', form: 'date', description: 'The date the entry was added to the catalogue.' },
  { name: 'lastChecked', form: 'date', description: 'The date its facts and link were last checked, if ever.' },
  {
    name: 'durationMinutes',
    form: 'number',
    description: 'Trainings, webinars and podcasts: time needed in minutes, where a source states it.',
  },
  {
    name: 'certificate',
    form: 'boolean',
    description: 'Trainings, webinars and podcasts: whether completing it earns a certificate, where stated.',
  },
  {
    name: 'places',
    form: 'list',
    description:
      'Case studies, county examples and initiatives: places it is about (JSON: name, region, country; CSV: "name, region, country").',
  },
  { name: 'partners', form: 'list', description: 'Case studies, county examples and initiatives: named partner organisations.' },
  {
    name: 'financing',
    form: 'text',
    description: 'Case studies, county examples and initiatives: the financing mechanism, where there is one.',
  },
  { name: 'body', form: 'text', description: 'The longer description in our own words (Markdown).' },
];

type Scalar = string | number | boolean | null;
/** One resource as published: every field present, null where the entry has no value. */
export type OpenDataRecord = Record<
  string,
  Scalar | string[] | Array<{ name: string; region: string | null; country: string }> | Record<string, Scalar>
>;

export interface RecordLinks {
  permalink: string;
  shortLink?: string | undefined;
}

/** A resource as an open-data record, keys in OPEN_DATA_FIELDS order ("source" nested in JSON). */
export function openDataRecord(id: string, data: ResourceData, body: string, links: RecordLinks): OpenDataRecord {
  const place = 'places' in data ? data : undefined;
  return {
    id,
    permalink: links.permalink,
    shortLink: links.shortLink ?? null,
    type: data.type,
    title: data.title,
    summary: data.summary,
    stages: [...data.stages],
    sectors: [...data.sectors],
    topics: [...data.topics],
    format: data.format ?? null,
    audience: [...data.audience],
    publisher: data.publisher ?? null,
    publisherInferred: data.publisherInferred,
    year: data.year ?? null,
    url: data.url ?? null,
    linkKind: data.linkKind ?? null,
    linkNote: data.linkNote ?? null,
    publisherSite: data.publisherSite ?? null,
    authors: [...data.authors],
    provenance: data.provenance,
    source: sourceColumns(data.source),
    added: isoDate(data.added),
    lastChecked: data.lastChecked ? isoDate(data.lastChecked) : null,
    durationMinutes: 'durationMinutes' in data ? (data.durationMinutes ?? null) : null,
    certificate: 'certificate' in data ? (data.certificate ?? null) : null,
    places: place ? place.places.map((p) => ({ name: p.name, region: p.region ?? null, country: p.country })) : [],
    partners: place ? [...place.partners] : [],
    financing: place?.financing ?? null,
    body: body.trim(),
  };
}

/** The source record as flat columns; fields that do not apply to its kind are null. */
function sourceColumns(source: ResourceData['source']): Record<string, Scalar> {
  return {
    kind: source.kind,
    seed: source.kind === 'seed' ? source.seed : null,
    title: source.kind === 'seed' ? source.title : null,
    type: source.kind === 'seed' ? source.type : null,
    import: source.kind === 'import' ? source.import : null,
    line: source.kind === 'import' ? source.line : null,
    notes: source.notes.length > 0 ? source.notes.join(' ') : null,
  };
}

/**
 * One CSV cell, safe to open in a spreadsheet: a value starting with = + - @ (or a tab or carriage
 * return) is prefixed with an apostrophe so it is never run as a formula; quotes are doubled and
 * any cell with a comma, quote, line break or outer space is quoted.
 */
export function csvCell(value: Scalar | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvValue(record: OpenDataRecord, name: string): Scalar {
  if (name.startsWith('source.')) return (record.source as Record<string, Scalar>)[name.slice('source.'.length)] ?? null;
  const value = record[name];
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === 'string' ? item : formatPlace({ ...item, region: item.region ?? undefined }))).join('; ');
  }
  return value as Scalar;
}

/** The records as CSV: a header row of field names, CRLF line ends, and a byte-order mark so spreadsheets read UTF-8. */
export function toCsv(records: readonly OpenDataRecord[]): string {
  const header = OPEN_DATA_FIELDS.map((field) => csvCell(field.name)).join(',');
  const rows = records.map((record) => OPEN_DATA_FIELDS.map((field) => csvCell(csvValue(record, field.name))).join(','));
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}
