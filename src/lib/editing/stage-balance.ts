/**
 * Stage tagging must narrow the catalogue: no stage is the main (first) stage of more than a third
 * of the entries, and no stage is on more than half of them. This is a curation target, not a
 * validity rule: one new entry can tip a stage over the line, and an editor who adds it correctly
 * must not see the build or the tests fail. So the build and `npm run check` report it as a warning,
 * naming the stage file and what to do (CONTRIBUTING: "Choose stages").
 */
import type { ContentProblem } from './content-files';
import { STAGE_IDS, STAGE_TERMS, type StageId } from '../model/vocabularies';

export const MAX_MAIN_SHARE = 1 / 3;
export const MAX_TAGGED_SHARE = 1 / 2;

export interface StageShare {
  stage: StageId;
  /** Entries whose first stage is this one. */
  main: number;
  /** Entries tagged with this stage at all. */
  tagged: number;
}

/** How many entries have each stage as their main stage, and on their list at all, in stage order. */
export function stageShares(entries: ReadonlyArray<{ data: { stages: readonly StageId[] } }>): StageShare[] {
  return STAGE_IDS.map((stage) => ({
    stage,
    main: entries.filter((entry) => entry.data.stages[0] === stage).length,
    tagged: entries.filter((entry) => entry.data.stages.includes(stage)).length,
  }));
}

/** One warning per stage over either share, naming the stage file. */
export function stageBalanceWarnings(entries: ReadonlyArray<{ data: { stages: readonly StageId[] } }>): ContentProblem[] {
  const total = entries.length;
  if (total === 0) return [];
  const warnings: ContentProblem[] = [];
  for (const { stage, main, tagged } of stageShares(entries)) {
    const file = `content/stages/${stage}.md`;
    const label = `“${STAGE_TERMS[stage].label}”`;
    if (main > total * MAX_MAIN_SHARE) {
      warnings.push({
        file,
        field: 'stages',
        message: `${label} is the main stage of ${main} of ${total} entries (more than a third); move the main stage of the entries that fit another stage better`,
      });
    }
    if (tagged > total * MAX_TAGGED_SHARE) {
      warnings.push({
        file,
        field: 'stages',
        message: `${label} is on ${tagged} of ${total} entries (more than half), so filtering by it hardly narrows the list; keep it only where a practitioner would use the entry at that stage`,
      });
    }
  }
  return warnings;
}
