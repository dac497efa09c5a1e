/**
 * The stages collection: guidance for each of the seven stages.
 * The file name is the stage id and must be one of STAGE_IDS; the title and number
 * come from the vocabulary (src/lib/model/vocabularies.ts), so they are written only once.
 */
import { z } from 'astro/zod';
import { SEED_FILES } from '../lib/model/vocabularies';
import { distinctList, permanentId, plainTitle, prose } from './fields';

/** One practical step within a stage. */
export const stageStepSchema = z.strictObject({
  /** Permanent anchor of the step (#step-<id>); never change it once published. */
  id: permanentId,
  /** Short imperative title ("Map who holds a stake"). */
  title: plainTitle(120),
  /** Why this step matters. */
  why: prose(20, 600),
  /** How to do it. */
  how: prose(20, 900),
  /** A short worked example. */
  example: prose(20, 900),
});

/** A concept a practitioner needs at this stage. */
export const conceptSchema = z.strictObject({
  /** The term ("Unusual allies"). */
  term: z.string().trim().min(2).max(80),
  /** What it means, in our words. */
  explanation: prose(20, 600),
});

/** A resource to open first at this stage, with the reason in one line. */
export const stagePickSchema = z.strictObject({
  /** Id of a resource (content/resources/<id>.md) tagged with this stage; checked by the integrity check. */
  resource: permanentId,
  /** One line, in our own words, on why to start here. */
  why: prose(20, 200),
});

export const stageSchema = z.strictObject({
  /**
   * "Start with these": exactly three resources a practitioner should open first at this stage, shown at
   * the top of the stage page. Each must be tagged with the stage (the integrity check says so if not).
   * Optional only so that a content folder without the catalogue (test fixtures) can still build; every
   * stage of the real catalogue names three (tests/content/stage-balance.test.ts).
   */
  startWith: z
    .array(stagePickSchema)
    .length(3, { error: 'must list exactly three resources to start with' })
    .refine((picks) => new Set(picks.map((pick) => pick.resource)).size === picks.length, { error: 'lists the same resource twice' })
    .default([]),
  /** One or two sentences: what this stage is for. */
  purpose: prose(40, 500),
  /** What you will be able to do after this stage. */
  learn: z.array(prose(10, 240)).min(2),
  /** Key concepts and their meaning. */
  concepts: z.array(conceptSchema).min(1),
  /** Practical steps, in order. */
  steps: z.array(stageStepSchema).min(1),
  /** Questions the partners should be able to answer together. */
  questions: z.array(prose(10, 300)).min(2),
  /** The messages to take away. */
  messages: z.array(prose(10, 400)).min(2),
  /** Seed documents this guidance draws on (shown with their provenance). */
  sources: distinctList(z.enum(SEED_FILES), 1),
});

export type StageData = z.output<typeof stageSchema>;
