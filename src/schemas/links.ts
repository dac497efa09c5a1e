/**
 * The three committed files that keep published links alive (all in content/, beside the collections):
 *   short-links.json  code → target, append-only (src/lib/links/short-links.ts explains the scheme)
 *   redirects.json    pages and step anchors that moved, old path → new path
 *   retired.json      pages that were withdrawn, with the reason and where to go instead
 * Paths are site paths without the base ("/resources/x/"), so the files do not depend on the host.
 */
import { z } from 'astro/zod';
import { calendarDate, prose } from './fields';

/** A site path without the base: starts and ends with "/", optionally followed by "#anchor". */
export const sitePathSchema = z.string().regex(/^\/(?:[a-z0-9_~-][a-z0-9._~-]*\/)*(?:#[A-Za-z][A-Za-z0-9_-]*)?$/, {
  error: 'must be a site path such as /resources/some-id/ or /stages/get-ready/#step-some-step',
});

export const shortLinkRegistrySchema = z.strictObject({
  /** A note for editors. */
  $comment: z.string().optional(),
  /** Code → target ("resource:<id>", "stage:<id>", "stage:<id>#<step>", "pathway:<id>", "pathway:<id>#<step>"). */
  codes: z.record(z.string(), z.string()),
});

/** One page or step anchor that moved. */
export const movedEntrySchema = z.strictObject({
  /** The old path, as published ("/resources/old-id/", or "/stages/x/#step-old" for a step anchor). */
  from: sitePathSchema,
  /** Where it lives now. May itself have moved later: chains are followed. */
  to: sitePathSchema,
  /** The date the move was published. */
  since: calendarDate,
  /** Why it moved, for the record ("The id repeated the title; renamed to the permanent form"). */
  why: prose(10, 300),
});

export const redirectsFileSchema = z.strictObject({
  /** A note for editors. */
  $comment: z.string().optional(),
  /** Moves, in the order they were made. Never remove one: old links keep arriving. */
  moved: z.array(movedEntrySchema),
});

/** One withdrawn page: its old address keeps a page that says why and where to go. */
export const retiredEntrySchema = z.strictObject({
  /** The path that was published ("/resources/old-id/"). */
  path: sitePathSchema.refine((path) => !path.includes('#'), { error: 'must be a page path, without #anchor' }),
  /** The title it had, so a person following an old link recognises it. */
  title: z.string().trim().min(3).max(200),
  /** The date it was withdrawn. */
  since: calendarDate,
  /** Why, in one or two plain sentences ("The publisher withdrew the toolkit in 2027"). */
  why: prose(10, 500),
  /** Pages to go to instead, most useful first. Titles are looked up from the catalogue. */
  instead: z.array(sitePathSchema).default([]),
});

export const retiredFileSchema = z.strictObject({
  /** A note for editors. */
  $comment: z.string().optional(),
  /** Withdrawn pages. Never remove one. */
  retired: z.array(retiredEntrySchema),
});

export type MovedEntry = z.output<typeof movedEntrySchema>;
export type RetiredEntry = z.output<typeof retiredEntrySchema>;
