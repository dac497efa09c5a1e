/**
 * The parts of a stage page that are data, not layout: the "Start with these" picks resolved to
 * their entries, and the "On this page" list of sections (anchors the page's headings carry).
 */
import type { StageData } from '../../schemas/stage';
import type { ResourceData } from '../../schemas/resource';
import { RESOURCE_TYPE_TERMS } from '../model/vocabularies';

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
    return [{ id: entry.id, title: entry.data.title, type: RESOURCE_TYPE_TERMS[entry.data.type].label, why: pick.why, linked: Boolean(entry.data.url) }];
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
