/**
 * The resources collection: one entry per guide, training, webinar, case study…
 * A discriminated union on `type`, so each kind carries only the fields that fit it.
 * Every object is strict: a misspelt field name is an error, not silently dropped data.
 */
import { z } from 'astro/zod';
import {
  AUDIENCES,
  FORMATS,
  LINK_KINDS,
  MEDIA_TYPES,
  PLACE_TYPES,
  PLAIN_TYPES,
  PROVENANCES,
  SECTORS,
  SEED_FILES,
  STAGE_IDS,
  TOPICS,
} from '../lib/model/vocabularies';
import { calendarDate, distinctList, externalUrl, plainTitle, prose } from './fields';

/** An entry made from a seed document: the record exactly as the seed wrote it. */
export const seedSourceSchema = z.strictObject({
  /** Which of the three kinds of source this is; filled in from the keys present, never written. */
  kind: z.literal('seed'),
  /** The seed file in seeds/ that names this resource. */
  seed: z.enum(SEED_FILES),
  /** The title exactly as written in the seed, slips included ("Suistain"). */
  title: z.string().min(1),
  /** The type or section exactly as written in the seed ("Webinars", "Related case studies"). */
  type: z.string().min(1),
  /**
   * Cataloguing notes: how the entry was made from its source (an original spelling, a type the source
   * gave wrongly, which list named it). Shown only in the collapsed "How we catalogued this" detail of
   * the entry page, never in the summary or body.
   */
  notes: z.array(prose(10, 400)).default([]),
});

/** An entry imported from a spreadsheet by `npm run import`. */
export const importSourceSchema = z.strictObject({
  /** Which of the three kinds of source this is; filled in from the keys present, never written. */
  kind: z.literal('import'),
  /** The spreadsheet's file name (no folders), e.g. "partner-resources.csv". */
  import: z
    .string()
    .trim()
    .min(1)
    .regex(/^[^/\\]+$/, { error: 'must be a file name only, without folders' }),
  /** The spreadsheet line the row was on (the header is line 1). */
  line: z.int().min(2, { error: 'must be a spreadsheet line number, 2 or more' }),
  /**
   * Cataloguing notes: how the entry was made from its source (an original spelling, a type the source
   * gave wrongly, which list named it). Shown only in the collapsed "How we catalogued this" detail of
   * the entry page, never in the summary or body.
   */
  notes: z.array(prose(10, 400)).default([]),
});

/** An entry an editor wrote directly, for example with `npm run new`. */
export const editorSourceSchema = z.strictObject({
  /** Which of the three kinds of source this is; filled in from the keys present, never written. */
  kind: z.literal('editor'),
  /** Always true: written by the catalogue's editors rather than taken from a seed or a spreadsheet. */
  editor: z.literal(true, { error: 'must be true' }),
  /**
   * Cataloguing notes: how the entry was made from its source (an original spelling, a type the source
   * gave wrongly, which list named it). Shown only in the collapsed "How we catalogued this" detail of
   * the entry page, never in the summary or body.
   */
  notes: z.array(prose(10, 400)).default([]),
});

/** The kind of a source record, told by which key it has: `import`, `editor`, otherwise `seed`. */
function sourceKind(record: Record<string, unknown>): 'seed' | 'import' | 'editor' {
  if ('import' in record) return 'import';
  if ('editor' in record && !('seed' in record)) return 'editor';
  return 'seed';
}

/**
 * Where an entry came from. One of:
 *   { seed, title, type }  made from a seed document (the original 46 entries);
 *   { import, line }       imported from a spreadsheet row;
 *   { editor: true }       written directly by an editor.
 * Files never write `kind`: it is derived from the keys, so that each error names the field at fault
 * (a plain union would only say "Invalid input") and pages can switch on `source.kind`.
 */
export const sourceRecordSchema = z.preprocess(
  (value) =>
    value && typeof value === 'object' && !Array.isArray(value) ? { ...value, kind: sourceKind(value as Record<string, unknown>) } : value,
  z.discriminatedUnion('kind', [seedSourceSchema, importSourceSchema, editorSourceSchema], {
    error: 'must be a source record: { seed, title, type }, { import, line } or { editor: true }',
  }),
);

export type SourceRecord = z.output<typeof sourceRecordSchema>;
export type SeedSource = z.output<typeof seedSourceSchema>;

/** A place a case study, county example or initiative is about. */
export const placeSchema = z.strictObject({
  /** The most specific name: a county, city or country ("Kern County", "Dakar"). */
  name: z.string().min(1),
  /** The state, province or region, where there is one ("California"). */
  region: z.string().min(1).optional(),
  /** The country ("United States"). */
  country: z.string().min(1),
});

/** Fields every resource has, whatever its type. */
const commonFields = {
  /** Title as published, with obvious slips in the seed corrected (the original stays in `source`). */
  title: plainTitle(200),
  /** One to three sentences in our own words: what it is and why a practitioner would open it. */
  summary: prose(40, 420),
  /** Stages (ids from the stage model) where the resource helps; the first is its main stage. */
  stages: distinctList(z.enum(STAGE_IDS), 1),
  /** Partner sectors the resource speaks to. */
  sectors: distinctList(z.enum(SECTORS), 1),
  /** What the resource is about. */
  topics: distinctList(z.enum(TOPICS), 1),
  /** Its physical or digital form, where known. */
  format: z.enum(FORMATS).optional(),
  /** Who it is mainly for. */
  audience: distinctList(z.enum(AUDIENCES)).default([]),
  /** Who published it, where known. Leave empty rather than guess. */
  publisher: z.string().trim().min(2).optional(),
  /** True when the publisher is our best inference rather than confirmed; the page says so. */
  publisherInferred: z.boolean().default(false),
  /** Year of publication (for programmes: the year they started). Leave empty if unknown. */
  year: z.int().min(1900).max(2100).optional(),
  /** A link to the resource itself. Only a verified http(s) address; leave empty if unverified. */
  url: externalUrl.optional(),
  /**
   * What `url` points at when it is not the resource's own page: `publisher-page` (a publisher's page
   * that names and links it) or `doi` (https://doi.org/…). Leave out for the resource's own page.
   */
  linkKind: z.enum(LINK_KINDS).optional(),
  /** Without a `url`: one plain sentence saying why there is no link (shown in place of the button). */
  linkNote: prose(20, 300).optional(),
  /**
   * Without a `url`: the publisher's own web site (host name only, e.g. "preventioninstitute.org"),
   * when it is known, so the page can offer a search of that site for the title.
   */
  publisherSite: z
    .string()
    .trim()
    .regex(/^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, { error: 'must be a host name such as example.org, without https:// or a path' })
    .optional(),
  /**
   * People credited as authors or editors of the work, in citation form ("Cohen, L."), in the order the
   * work gives them. Citations name them before the publisher. Leave empty unless a source states them.
   */
  authors: distinctList(
    z
      .string()
      .trim()
      .regex(/^[^,]+, [^,]+$/, { error: 'must be written "Family name, Initials." such as "Cohen, L."' }),
  ).default([]),
  /** The kind of publisher, for an honest provenance label. */
  provenance: z.enum(PROVENANCES),
  /** Where the entry came from: a seed record, a spreadsheet row, or an editor. */
  source: sourceRecordSchema,
  /** The date the entry was added to the catalogue. */
  added: calendarDate,
  /** The date its facts and link were last checked, if ever. */
  lastChecked: calendarDate.optional(),
};

/** Guides, frameworks, templates and articles: the common fields only. */
const plainResourceSchema = z.strictObject({
  /** What kind of resource this is. */
  type: z.enum(PLAIN_TYPES),
  ...commonFields,
});

/** Trainings, webinars and podcasts: things that take a known amount of time. */
const mediaResourceSchema = z.strictObject({
  /** What kind of resource this is. */
  type: z.enum(MEDIA_TYPES),
  ...commonFields,
  /** How long it takes, in minutes, where a source states it. Never estimated. */
  durationMinutes: z.int().positive().max(6000).optional(),
  /** Whether completing it earns a certificate, where a source states it. */
  certificate: z.boolean().optional(),
});

/** Case studies, county examples and initiatives: about places and partners. */
const placeResourceSchema = z.strictObject({
  /** What kind of resource this is. */
  type: z.enum(PLACE_TYPES),
  ...commonFields,
  /** Where it happens. */
  places: z.array(placeSchema).default([]),
  /** Named partner organisations, as facts. */
  partners: distinctList(z.string().trim().min(2)).default([]),
  /** The financing mechanism, where there is one ("Social impact bond"). */
  financing: z.string().trim().min(2).optional(),
});

export const resourceSchema = z.discriminatedUnion('type', [plainResourceSchema, mediaResourceSchema, placeResourceSchema]);

export type ResourceData = z.output<typeof resourceSchema>;
export type ResourceInput = z.input<typeof resourceSchema>;
