/**
 * "Where do I start?": three multiple-choice questions and the pure rule that turns the
 * answers into a suggested starting stage and pathway step. Runs in the browser; nothing
 * is stored or sent. Answers arrive as untrusted strings (form fields) and are checked
 * against the option lists here before use.
 */
import { STAGE_IDS, STAGE_TERMS, type StageId } from '../model/vocabularies';

/** Pathways the self-check can suggest (ids of content/pathways/<id>.md; a content test checks they exist). */
export const SELF_CHECK_PATHWAYS = {
  start: 'start-a-new-alliance',
  strengthen: 'strengthen-a-partnership',
  finance: 'finance-prevention-together',
} as const;

export interface SelfCheckOption {
  value: string;
  label: string;
  /** For the "need" question: the stage that answers this need. */
  stage?: StageId;
}

export interface SelfCheckQuestion {
  id: 'situation' | 'need' | 'money';
  legend: string;
  hint?: string;
  options: readonly SelfCheckOption[];
}

export type QuestionId = SelfCheckQuestion['id'];

export const SELF_CHECK_QUESTIONS: readonly SelfCheckQuestion[] = [
  {
    id: 'situation',
    legend: 'Where are you today?',
    options: [
      { value: 'idea', label: 'We have a health issue in mind but no partners yet' },
      { value: 'talking', label: 'We have started talking with a few possible partners' },
      { value: 'working', label: 'We already work with partners from other sectors' },
      { value: 'established', label: 'Our partnership has run for some time and we are thinking about its future' },
    ],
  },
  {
    id: 'need',
    legend: 'What would help you most right now?',
    options: [
      { value: 'decide', label: 'Deciding whether working across sectors is right for us', stage: 'get-ready' },
      { value: 'focus', label: 'Agreeing the problem and what to do about it', stage: 'frame-the-problem' },
      { value: 'partners', label: 'Finding the right partners and winning their trust', stage: 'build-the-alliance' },
      { value: 'value', label: 'Making clear what each partner gives, gains and risks', stage: 'align-value' },
      { value: 'structure', label: 'Setting up roles, decisions and agreements', stage: 'organise-and-govern' },
      { value: 'results', label: 'Showing results and learning from them', stage: 'measure-and-learn' },
      { value: 'future', label: 'Keeping the work going or spreading it', stage: 'sustain-and-scale' },
      { value: 'unsure', label: 'We are not sure yet' },
    ],
  },
  {
    id: 'money',
    legend: 'Is paying for the work, or sharing its costs and savings among partners, a main question for you?',
    options: [
      { value: 'yes', label: 'Yes, it is central' },
      { value: 'no', label: 'No, not at the moment' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
];

export type Answers = Partial<Record<QuestionId, string>>;

/** Keeps only answers that name a known question and one of its options; everything else is ignored. */
export function parseAnswers(entries: Iterable<readonly [string, unknown]>): Answers {
  const answers: Answers = {};
  for (const [name, value] of entries) {
    const question = SELF_CHECK_QUESTIONS.find((candidate) => candidate.id === name);
    if (question && typeof value === 'string' && question.options.some((option) => option.value === value)) {
      answers[question.id] = value;
    }
  }
  return answers;
}

/** Questions not yet answered, in form order. */
export function missingAnswers(answers: Answers): QuestionId[] {
  return SELF_CHECK_QUESTIONS.filter((question) => answers[question.id] === undefined).map((question) => question.id);
}

/** The bare outline of a pathway the rule needs: its steps and their stages, in order. */
export interface PathwayOutline {
  id: string;
  title: string;
  steps: ReadonlyArray<{ id: string; title: string; stage: StageId }>;
}

export interface Suggestion {
  /** The stage to read first. */
  stage: StageId;
  /** The pathway to follow and the step in it to begin with (absent only if that pathway is not published). */
  pathway?: { id: string; title: string; step: { id: string; title: string; number: number } };
  /** A second pathway worth a look, when the answers leave the choice open. */
  alsoConsider?: { id: string; title: string };
  /** Plain sentences explaining the suggestion, built only from our own wording. */
  reasons: string[];
}

/** When the need is "not sure", the situation decides where to begin. */
const STAGE_FOR_SITUATION: Record<string, StageId> = {
  idea: 'get-ready',
  talking: 'frame-the-problem',
  working: 'measure-and-learn',
  established: 'sustain-and-scale',
};

const option = (question: QuestionId, value: string | undefined) =>
  SELF_CHECK_QUESTIONS.find((candidate) => candidate.id === question)?.options.find((candidate) => candidate.value === value);

/**
 * The first step of the pathway at the given stage; failing that, the first step at a later
 * stage; failing that (the pathway ends earlier), its last step.
 */
function startingStep(outline: PathwayOutline, stage: StageId) {
  const order = (id: StageId) => STAGE_IDS.indexOf(id);
  const exact = outline.steps.findIndex((step) => step.stage === stage);
  const later = outline.steps.findIndex((step) => order(step.stage) > order(stage));
  const chosen = exact !== -1 ? exact : later !== -1 ? later : outline.steps.length - 1;
  const step = outline.steps[chosen]!;
  return { id: step.id, title: step.title, number: chosen + 1 };
}

/**
 * Suggests where to start. Returns undefined until every question has a valid answer.
 * Stage: the need, or (if unsure) the situation. Pathway: financing if money is central,
 * otherwise a new alliance for those without working partners, and strengthening for the rest.
 */
export function suggestStart(answers: Answers, pathways: readonly PathwayOutline[]): Suggestion | undefined {
  const situation = answers.situation;
  const need = option('need', answers.need);
  const money = answers.money;
  if (!situation || !option('situation', situation) || !need || !money || !option('money', money)) return undefined;

  const stage = need.stage ?? STAGE_FOR_SITUATION[situation]!;
  const stageName = `stage ${STAGE_TERMS[stage].number}, ${STAGE_TERMS[stage].label}`;
  const reasons = [
    need.stage
      ? `You said you most need help with ${need.label.charAt(0).toLowerCase()}${need.label.slice(1)}: that is what ${stageName} is about.`
      : `You are not sure what you need yet, so we suggest beginning where groups in your position usually begin: ${stageName}.`,
  ];

  const early = situation === 'idea' || situation === 'talking';
  const pathwayId = money === 'yes' ? SELF_CHECK_PATHWAYS.finance : early ? SELF_CHECK_PATHWAYS.start : SELF_CHECK_PATHWAYS.strengthen;
  if (money === 'yes') reasons.push('Paying for the work is central for you, so the financing pathway fits best.');
  else if (early) reasons.push('You do not have a working partnership yet, so the pathway for starting a new alliance fits best.');
  else reasons.push('You already work with partners, so the pathway for strengthening a partnership fits best.');

  const outline = pathways.find((candidate) => candidate.id === pathwayId);
  const suggestion: Suggestion = { stage, reasons };
  if (outline && outline.steps.length > 0) {
    suggestion.pathway = { id: outline.id, title: outline.title, step: startingStep(outline, stage) };
  }

  const financing = pathways.find((candidate) => candidate.id === SELF_CHECK_PATHWAYS.finance);
  if (pathwayId !== SELF_CHECK_PATHWAYS.finance && financing && (money === 'unsure' || need.value === 'value')) {
    suggestion.alsoConsider = { id: financing.id, title: financing.title };
  }
  return suggestion;
}
