/**
 * The stage lens: how each of our seven stages corresponds to the other models in the seed
 * documents, kept as data so that stage pages show the correspondence instead of describing it.
 *
 * Titles of EuroHealthNet's stages and of the 14-step article's phases and steps are published
 * headings and are quoted exactly. The value-creation steps (seed 002) have no titles in the
 * source, and AcademyHealth's questions are long, so those labels are our own short paraphrases.
 * Which of our stages (and which practical step) each part fits is our reading of the sources;
 * the first fit listed is the closest one. Step ids must exist in content/stages/<stage>.md
 * (checked by tests/content/stage-lens.test.ts).
 */
import type { SeedFile, StageId } from '../model/vocabularies';

/** Where a part of another model fits in ours. */
export interface LensFit {
  stage: StageId;
  /** Id of the practical step on our stage page that covers it most closely, if one does. */
  step?: string;
  /** A caveat shown beside the fit, when the correspondence is partial or uncertain. */
  note?: string;
}

/** One stage, step, question or component of another model. */
export interface LensItem {
  /** Its number in the source's own sequence. */
  number: number;
  /** Its title as published, or our paraphrase (see the model's `labels`). Undefined when not known. */
  label?: string;
  /** A second title the same part is known by in the sources. */
  alsoCalled?: string;
  /** Key of the group (phase) it belongs to, for models that have groups. */
  group?: string;
  /** Our stages it corresponds to, closest first. Empty would mean it fits nowhere (none do today). */
  fits: readonly LensFit[];
}

export interface LensModel {
  /** Stable key of the model. */
  id: 'ehn-stages' | 'article-14-steps' | 'value-steps' | 'alignment-questions' | 'alignment-components';
  /** The seed document the model comes from (its publisher and provenance come from SEED_TERMS). */
  seed: SeedFile;
  /** What the model is called on our pages. */
  name: string;
  /** What one of its parts is called ("Stage", "Step", "Question"). */
  itemNoun: string;
  /** Whether item labels are the published titles or our own paraphrases. */
  labels: 'published' | 'paraphrased';
  /** Named groups of items (the article's three phases), in order. */
  groups?: ReadonlyArray<{ key: string; number: number; title: string }>;
  items: readonly LensItem[];
}

const EHN_STAGES: LensModel = {
  id: 'ehn-stages',
  seed: '000_5ba3dc72bf50a3a6.txt',
  name: 'EuroHealthNet: the seven stages of the Guide for Financing Prevention and Health Promotion',
  itemNoun: 'Stage',
  labels: 'published',
  items: [
    { number: 1, label: 'Is this approach right for you?', fits: [{ stage: 'get-ready' }] },
    { number: 2, label: 'Define the health problem and choose the right intervention', fits: [{ stage: 'frame-the-problem' }] },
    { number: 3, label: 'Build cross-sectoral alliances', fits: [{ stage: 'build-the-alliance' }] },
    {
      number: 4,
      label: 'Connect what partners value to outcomes worth investing in',
      alsoCalled: 'Aligning incentives across sectors',
      fits: [{ stage: 'align-value' }],
    },
    {
      number: 5,
      fits: [
        {
          stage: 'organise-and-govern',
          note: 'Same place in the sequence only: we do not know the title of EuroHealthNet’s stage 5, so we cannot say whether its content matches.',
        },
      ],
    },
    { number: 6, label: 'Measure outcomes and impact', fits: [{ stage: 'measure-and-learn' }] },
    { number: 7, label: 'Scale and sustain intervention', fits: [{ stage: 'sustain-and-scale' }] },
  ],
};

const ARTICLE_STEPS: LensModel = {
  id: 'article-14-steps',
  seed: '004_d3c8ad46c84f975c.txt',
  name: 'How to Build Stronger Health Alliances: 14 steps in three phases',
  itemNoun: 'Step',
  labels: 'published',
  groups: [
    { key: 'foundation', number: 1, title: 'Laying the Foundation: The Pre-Alliance Blueprint' },
    { key: 'architecture', number: 2, title: 'The Alliance Architecture: Building Blocks of Success' },
    { key: 'sustaining', number: 3, title: 'Sustaining the Synergy: Long-Term Alliance Management' },
  ],
  items: [
    {
      number: 1,
      group: 'foundation',
      label: 'Define Your Purpose and Vision with Crystal Clarity',
      fits: [{ stage: 'get-ready', step: 'draft-purpose' }],
    },
    {
      number: 2,
      group: 'foundation',
      label: 'Identify and Profile Potential Allies',
      fits: [{ stage: 'build-the-alliance', step: 'map-stakeholders' }],
    },
    {
      number: 3,
      group: 'foundation',
      label: 'Understand Mutual Value Propositions',
      fits: [
        { stage: 'build-the-alliance', step: 'approach-unusual-allies' },
        { stage: 'align-value', step: 'map-contributions' },
      ],
    },
    {
      number: 4,
      group: 'foundation',
      label: 'Cultivate Trust and Build Relationships Before You “Propose”',
      fits: [{ stage: 'build-the-alliance', step: 'build-trust-first' }],
    },
    {
      number: 5,
      group: 'architecture',
      label: 'Establish Shared Goals and Measurable Objectives',
      fits: [
        { stage: 'align-value', step: 'define-combined-benefits' },
        { stage: 'frame-the-problem', step: 'agree-shared-outcomes' },
      ],
    },
    {
      number: 6,
      group: 'architecture',
      label: 'Define Roles, Responsibilities, and Governance',
      fits: [{ stage: 'organise-and-govern', step: 'define-roles' }],
    },
    {
      number: 7,
      group: 'architecture',
      label: 'Develop Robust Communication Frameworks',
      fits: [{ stage: 'organise-and-govern', step: 'plan-communication' }],
    },
    {
      number: 8,
      group: 'architecture',
      label: 'Foster a Culture of Trust, Respect, and Psychological Safety',
      fits: [{ stage: 'organise-and-govern', note: 'Runs through the whole stage rather than one step.' }],
    },
    {
      number: 9,
      group: 'architecture',
      label: 'Share Resources Strategically and Equitably',
      fits: [{ stage: 'organise-and-govern', step: 'share-resources-fairly' }],
    },
    {
      number: 10,
      group: 'sustaining',
      label: 'Implement Robust Monitoring and Evaluation',
      fits: [{ stage: 'measure-and-learn', step: 'choose-measures' }],
    },
    {
      number: 11,
      group: 'sustaining',
      label: 'Celebrate Successes and Acknowledge Contributions',
      fits: [{ stage: 'measure-and-learn', step: 'share-results-and-credit' }],
    },
    {
      number: 12,
      group: 'sustaining',
      label: 'Proactively Address Challenges and Resolve Conflicts',
      fits: [{ stage: 'sustain-and-scale', step: 'resolve-conflicts' }],
    },
    {
      number: 13,
      group: 'sustaining',
      label: 'Adapt and Evolve with Changing Needs',
      fits: [{ stage: 'sustain-and-scale', step: 'adapt-and-spread' }],
    },
    {
      number: 14,
      group: 'sustaining',
      label: 'Plan for Succession and Longevity',
      fits: [{ stage: 'sustain-and-scale', step: 'plan-succession' }],
    },
  ],
};

const VALUE_STEPS: LensModel = {
  id: 'value-steps',
  seed: '002_89e5753b38fb0838.txt',
  name: 'Digital Connected Care Coalition: four steps for creating and sharing value',
  itemNoun: 'Step',
  labels: 'paraphrased',
  items: [
    {
      number: 1,
      label: 'Agree the benefits the partners can only create together',
      fits: [{ stage: 'align-value', step: 'define-combined-benefits' }],
    },
    { number: 2, label: 'Set out what each partner brings and combine it', fits: [{ stage: 'align-value', step: 'map-contributions' }] },
    {
      number: 3,
      label: 'Tie financial sustainability to measured health and social results',
      fits: [{ stage: 'align-value', step: 'link-outcomes-to-sustainability' }],
    },
    {
      number: 4,
      label: 'Design governance, operations and funding that can change with circumstances',
      fits: [
        { stage: 'organise-and-govern', step: 'set-up-governance' },
        { stage: 'sustain-and-scale', step: 'adapt-and-spread' },
      ],
    },
  ],
};

const ALIGNMENT_QUESTIONS: LensModel = {
  id: 'alignment-questions',
  seed: '003_a333432aded549f9.txt',
  name: 'AcademyHealth: guiding questions on aligning clinical and community resources',
  itemNoun: 'Question',
  labels: 'paraphrased',
  items: [
    {
      number: 1,
      label: 'How are care and social services delivered today, and by whom?',
      fits: [
        { stage: 'build-the-alliance', step: 'map-stakeholders' },
        { stage: 'frame-the-problem', step: 'map-current-services' },
      ],
    },
    {
      number: 2,
      label: 'Which outcomes do the partners want to reach together?',
      fits: [{ stage: 'frame-the-problem', step: 'agree-shared-outcomes' }],
    },
    {
      number: 3,
      label: 'Which clinical and non-clinical interventions, and can social services be joined up with clinical care?',
      fits: [{ stage: 'frame-the-problem', step: 'choose-the-intervention' }],
    },
    {
      number: 4,
      label: 'Can health care and social services share financial risk for results?',
      fits: [{ stage: 'align-value', step: 'agree-risk-sharing' }],
    },
    {
      number: 5,
      label: 'How will the quality and capacity of social services be assured?',
      fits: [
        { stage: 'measure-and-learn', note: 'Asked again among this stage’s guiding questions.' },
        { stage: 'frame-the-problem', step: 'map-current-services' },
      ],
    },
  ],
};

const ALIGNMENT_COMPONENTS: LensModel = {
  id: 'alignment-components',
  seed: '003_a333432aded549f9.txt',
  name: 'AcademyHealth: components that support alignment across sectors',
  itemNoun: 'Component',
  labels: 'paraphrased',
  items: [
    { number: 1, label: 'Building relationships', fits: [{ stage: 'build-the-alliance', step: 'build-trust-first' }] },
    { number: 2, label: 'A common language across sectors', fits: [{ stage: 'organise-and-govern', step: 'plan-communication' }] },
    { number: 3, label: 'Coordinated training and education', fits: [{ stage: 'organise-and-govern', step: 'plan-communication' }] },
    { number: 4, label: 'A central entity that drives the change', fits: [{ stage: 'organise-and-govern', step: 'set-up-governance' }] },
    { number: 5, label: 'Trust, and readiness to share risk and reward', fits: [{ stage: 'align-value', step: 'agree-risk-sharing' }] },
  ],
};

/** Every model the lens knows, in the order stage pages show them. */
export const LENS_MODELS: readonly LensModel[] = [EHN_STAGES, ARTICLE_STEPS, VALUE_STEPS, ALIGNMENT_QUESTIONS, ALIGNMENT_COMPONENTS];

/** One part of another model that fits a given stage, with the fit that says how. */
export interface LensMatch {
  item: LensItem;
  fit: LensFit;
  /** The group (phase) the item belongs to, if the model has groups. */
  group?: { key: string; number: number; title: string };
}

/** For one of our stages: each model with the parts of it that fit this stage (possibly none), in model order. */
export function lensForStage(stage: StageId): Array<{ model: LensModel; matches: LensMatch[] }> {
  return LENS_MODELS.map((model) => ({
    model,
    matches: model.items.flatMap((item) =>
      item.fits
        .filter((fit) => fit.stage === stage)
        .map((fit) => {
          const group = model.groups?.find((candidate) => candidate.key === item.group);
          return { item, fit, ...(group ? { group } : {}) };
        }),
    ),
  }));
}

/** A short reference to a part of a model: "Stage 5 (title not known)", "Step 2: Identify…". */
export function lensItemLabel(model: LensModel, item: LensItem): string {
  const head = `${model.itemNoun} ${item.number}`;
  return item.label ? `${head}: ${item.label}` : `${head} (title not known)`;
}

/** Consecutive matches that share a group (phase), for display under one phase heading. */
export function groupMatches(matches: readonly LensMatch[]): Array<{ group?: LensMatch['group']; matches: LensMatch[] }> {
  const runs: Array<{ group?: LensMatch['group']; matches: LensMatch[] }> = [];
  for (const match of matches) {
    const last = runs.at(-1);
    if (last && last.group?.key === match.group?.key) last.matches.push(match);
    else runs.push({ ...(match.group ? { group: match.group } : {}), matches: [match] });
  }
  return runs;
}
