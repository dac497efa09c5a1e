/**
 * The parts of a stage page that are data, not layout: the "Start with these" picks resolved to
 * their entries, the sampled resource sections, and the "On this page" list of sections (anchors
 * the page's headings carry).
 */
import type { StageData } from '../../schemas/stage';
import type { ResourceData } from '../../schemas/resource';
import { entriesForStage, groupByType, sampleGroups, STAGE_GUIDE_SAMPLE, type CatalogueEntry } from '../catalogue/catalogue';
import { RESOURCE_TYPE_TERMS, type ResourceType, type StageId } from '../model/vocabularies';

/** Types shown in their own section ("Related case studies and county examples") instead of the type groups. */
export const STAGE_EXAMPLE_TYPES: readonly ResourceType[] = ['case-study', 'county-example'];

/** What a stage guide lists of its resources: at most `sample` of each type, so it never grows with the catalogue. */
export interface StageGuideResources<T> {
  /** How many resources the stage has in all (the full list is /stages/<id>/resources/). */
  total: number;
  /** A sample of each type other than the example types, in type order, each with its type's full count. */
  groups: Array<{ type: ResourceType; entries: T[]; total: number }>;
  /** A sample of the case studies and county examples together, with their full count. */
  examples: { entries: T[]; total: number };
}

/** The resources a stage guide shows, from every resource of the catalogue. */
export function stageGuideResources<T extends CatalogueEntry>(
  resources: readonly T[],
  stage: StageId,
  sample = STAGE_GUIDE_SAMPLE,
): StageGuideResources<T> {
  const all = entriesForStage(resources, stage);
  const groups = groupByType(all);
  const isExample = (type: ResourceType) => STAGE_EXAMPLE_TYPES.includes(type);
  const examples = groups.filter((group) => isExample(group.type)).flatMap((group) => group.entries);
  return {
    total: all.length,
    groups: sampleGroups(
      groups.filter((group) => !isExample(group.type)),
      sample,
    ),
    examples: { entries: examples.slice(0, sample), total: examples.length },
  };
}

export interface StagePick {
  id: string;
  title: string;
  /** "Guide", "Case study"… */
  type: string;
  why: string;
  /** True when the entry links out to the resource itself. */
  linked: boolean;
}

/** The picks in the stage file's order; a pick whose entry is missing is left out (the integrity check reports it). */
export function stagePicks(stage: Pick<StageData, 'startWith'>, resources: ReadonlyArray<{ id: string; data: ResourceData }>): StagePick[] {
  const byId = new Map(resources.map((entry) => [entry.id, entry]));
  return stage.startWith.flatMap((pick) => {
    const entry = byId.get(pick.resource);
    if (!entry) return [];
    return [
      {
        id: entry.id,
        title: entry.data.title,
        type: RESOURCE_TYPE_TERMS[entry.data.type].label,
        why: pick.why,
        linked: Boolean(entry.data.url),
      },
    ];
  });
}

/** "On this page": each section of a stage page, by the id of its heading, in page order. */
export const STAGE_PAGE_SECTIONS: ReadonlyArray<{ anchor: string; label: string }> = [
  { anchor: 'start-heading', label: 'Start with these' },
  { anchor: 'purpose-heading', label: 'What this stage is for' },
  { anchor: 'learn-heading', label: 'What you will learn' },
  { anchor: 'concepts-heading', label: 'Key concepts' },
  { anchor: 'steps-heading', label: 'Practical steps' },
  { anchor: 'questions-heading', label: 'Guiding questions' },
  { anchor: 'messages-heading', label: 'Key messages' },
  { anchor: 'resources-heading', label: 'Resources for this stage' },
  { anchor: 'examples-heading', label: 'Related case studies and county examples' },
  { anchor: 'pathways-heading', label: 'Pathways through this stage' },
  { anchor: 'lens-heading', label: 'How this stage lines up with other models' },
  { anchor: 'link-heading', label: 'Link and cite' },
];

/** The sections a stage page actually has: without picks there is no "Start with these". */
export function stagePageSections(hasPicks: boolean): ReadonlyArray<{ anchor: string; label: string }> {
  return hasPicks ? STAGE_PAGE_SECTIONS : STAGE_PAGE_SECTIONS.filter((section) => section.anchor !== 'start-heading');
}
