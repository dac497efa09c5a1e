/**
 * The pathways collection: goal-oriented routes through the stages.
 * Resource ids are plain strings checked by the integrity check (src/lib/editing/integrity.ts),
 * which, unlike Astro's reference(), fails the build when one does not resolve.
 */
import { z } from 'astro/zod';
import { STAGE_IDS } from '../lib/model/vocabularies';
import { distinctList, permanentId, plainTitle, prose } from './fields';

export const pathwayStepSchema = z.strictObject({
  /** Permanent anchor of the step (#step-<id>); never change it once published. */
  id: permanentId,
  /** Short title of the step. */
  title: plainTitle(120),
  /** The stage this step belongs to. */
  stage: z.enum(STAGE_IDS),
  /** What the step achieves, in our words. */
  summary: prose(20, 600),
  /** Things to do, in order. */
  actions: z.array(prose(5, 300)).min(1),
  /** Things to tick off before moving on. */
  checklist: z.array(prose(5, 200)).min(1),
  /** Ids of resources (content/resources/<id>.md) curated for this step: 2 to 5, a choice rather than a list. */
  resources: distinctList(permanentId, 2).max(5, { error: 'holds at most 5 resources; pick the best' }),
  /**
   * Ids of practical steps on this step's stage page (content/stages/<stage>.md) that explain it
   * in depth; linked as /stages/<stage>/#step-<id>. Checked by the integrity check.
   */
  guidance: distinctList(permanentId).default([]),
});

export const pathwaySchema = z.strictObject({
  /** Position on the list of pathways (1 first). Pathways without one follow, by title. */
  order: z.int().min(1).optional(),
  /** Title naming the goal ("Start a new alliance"). */
  title: plainTitle(120),
  /** Who it is for and what it gets you, in one or two sentences. */
  summary: prose(40, 500),
  /** Ordered steps. */
  steps: z.array(pathwayStepSchema).min(2),
});

export type PathwayData = z.output<typeof pathwaySchema>;
