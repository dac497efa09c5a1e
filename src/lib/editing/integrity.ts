/**
 * Cross-entry checks that a schema cannot make on one file alone: duplicate ids,
 * references that do not resolve, stage files that do not match the stage model.
 * Astro only warns about these (or logs and carries on), so the build runs this first and stops on any problem.
 */
import type { ContentFile, ContentProblem } from './content-files';
import type { ResourceData } from '../../schemas/resource';
import type { StageData } from '../../schemas/stage';
import type { PathwayData } from '../../schemas/pathway';
import { STAGE_IDS } from '../model/vocabularies';
import { sourceKey } from '../catalogue/provenance';
import { BODY_PLACEHOLDER_MARK } from './entry-writer';
import { idProblem } from './ids';

const PERMANENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Collections {
  resources: readonly ContentFile<ResourceData>[];
  stages: readonly ContentFile<StageData>[];
  pathways: readonly ContentFile<PathwayData>[];
  /** Resource files that exist but failed validation: a reference to one is not "missing". */
  invalidResourceIds?: readonly string[];
}

/** Reports each id used by more than one file (e.g. x.md and x.mdx), and ids that are not URL-safe. */
function checkIds(files: readonly ContentFile<unknown>[], problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const entry of files) {
    const earlier = seen.get(entry.id);
    if (earlier) problems.push({ file: entry.file, field: 'id', message: `duplicate id "${entry.id}" (also used by ${earlier})` });
    else seen.set(entry.id, entry.file);
    if (!PERMANENT_ID.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `file name "${entry.id}" must be lower-case words joined by hyphens (it becomes the URL)`,
      });
    } else {
      // The same rule as the importer and `npm run new` (no year, not too long).
      const problem = idProblem(entry.id.split('/').pop() ?? entry.id);
      if (problem) problems.push({ file: entry.file, field: 'id', message: `file name ${problem}` });
    }
  }
}

/** Reports repeated values of `key` among a list of objects (step ids within one stage or pathway). */
function checkUnique<T>(file: string, field: string, items: readonly T[], key: (item: T) => string, problems: ContentProblem[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) problems.push({ file, field: `${field}.${index}.id`, message: `duplicate step id "${value}"` });
    seen.add(value);
  });
}

export function checkIntegrity({ resources, stages, pathways, invalidResourceIds = [] }: Collections): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkIds(resources, problems);
  checkIds(stages, problems);
  checkIds(pathways, problems);

  // An entry made by `npm run new` is not finished until its placeholder body is replaced.
  for (const entry of resources) {
    if (entry.body.includes(BODY_PLACEHOLDER_MARK)) {
      problems.push({
        file: entry.file,
        field: 'body',
        message: `still holds the placeholder text from \`npm run new\` ("${BODY_PLACEHOLDER_MARK}…"); replace it with your own paragraphs`,
      });
    }
  }

  // The stage files must be exactly the stage model: one per id, no strays.
  const stageIds = new Set(stages.map((stage) => stage.id));
  for (const id of STAGE_IDS) {
    if (!stageIds.has(id)) problems.push({ file: `content/stages/${id}.md`, field: '', message: `stage "${id}" has no guidance file` });
  }
  for (const stage of stages) {
    if (!(STAGE_IDS as readonly string[]).includes(stage.id)) {
      problems.push({ file: stage.file, field: 'id', message: `"${stage.id}" is not a stage of the model (${STAGE_IDS.join(', ')})` });
    }
    checkUnique(stage.file, 'steps', stage.data.steps, (step) => step.id, problems);
  }

  // Two entries made from the same seed row (or spreadsheet line) are a duplicate, whatever their titles.
  const sourceKeys = new Map<string, string>();
  for (const entry of resources) {
    const key = sourceKey(entry.data.source);
    if (key === undefined) continue;
    const earlier = sourceKeys.get(key);
    if (earlier) {
      const what =
        entry.data.source.kind === 'seed' ? `seed record as ${earlier} ("${entry.data.source.title}")` : `spreadsheet line as ${earlier}`;
      problems.push({ file: entry.file, field: 'source', message: `describes the same ${what}` });
    } else sourceKeys.set(key, entry.file);
  }

  // Every resource a pathway points at must exist, and so must every stage step it links to.
  const resourceIds = new Set([...resources.map((entry) => entry.id), ...invalidResourceIds]);

  // A stage's "Start with these" picks must exist and be tagged with that stage.
  const stagesOf = new Map(resources.map((entry) => [entry.id, entry.data.stages as readonly string[]]));
  for (const stage of stages) {
    (stage.data.startWith ?? []).forEach((pick, index) => {
      const field = `startWith.${index}.resource`;
      if (!resourceIds.has(pick.resource))
        problems.push({ file: stage.file, field, message: `refers to resource "${pick.resource}", which does not exist` });
      else if (stagesOf.has(pick.resource) && !stagesOf.get(pick.resource)!.includes(stage.id)) {
        problems.push({
          file: stage.file,
          field,
          message: `"${pick.resource}" is not tagged with the stage "${stage.id}"; tag it or pick another resource`,
        });
      }
    });
  }
  const stageStepIds = new Map(stages.map((stage) => [stage.id, new Set(stage.data.steps.map((step) => step.id))]));
  for (const pathway of pathways) {
    checkUnique(pathway.file, 'steps', pathway.data.steps, (step) => step.id, problems);
    pathway.data.steps.forEach((step, stepIndex) => {
      step.resources.forEach((id, index) => {
        if (!resourceIds.has(id)) {
          problems.push({
            file: pathway.file,
            field: `steps.${stepIndex}.resources.${index}`,
            message: `refers to resource "${id}", which does not exist`,
          });
        }
      });
      (step.guidance ?? []).forEach((id, index) => {
        if (!stageStepIds.get(step.stage)?.has(id)) {
          problems.push({
            file: pathway.file,
            field: `steps.${stepIndex}.guidance.${index}`,
            message: `refers to step "${id}" of stage "${step.stage}", which does not exist`,
          });
        }
      });
    });
  }
  return problems;
}
