/**
 * What the "Where do I start?" form shows, as plain data (links and sentences) for the browser
 * script in src/scripts/self-check.ts to put on the page with textContent only. Kept apart from
 * the rule itself (self-check.ts) because it needs the site's URLs.
 */
import { pathwayPath, pathwayStepAnchor, stagePath } from '../catalogue/paths';
import { SELF_CHECK_QUESTIONS, type PathwayOutline, type QuestionId, type Suggestion } from './self-check';
import { STAGE_TERMS } from '../model/vocabularies';

export interface ViewLink {
  href: string;
  text: string;
}

/** One link per unanswered question, to its first option (where the error summary sends the keyboard). */
export function errorSummaryLinks(missing: readonly QuestionId[]): Array<ViewLink & { question: QuestionId }> {
  return missing.flatMap((id) => {
    const index = SELF_CHECK_QUESTIONS.findIndex((question) => question.id === id);
    const question = SELF_CHECK_QUESTIONS[index];
    if (!question) return [];
    return [{ question: id, href: `#answer-${id}-${question.options[0]!.value}`, text: `Question ${index + 1}: ${question.legend}` }];
  });
}

export interface SuggestionView {
  stage: ViewLink;
  pathway?: { pathway: ViewLink; step: ViewLink };
  alsoConsider?: ViewLink;
  reasons: string[];
}

/** The result box: the stage to read first, the pathway and its starting step, a second pathway, the reasons. */
export function suggestionView(suggestion: Suggestion): SuggestionView {
  const stage = STAGE_TERMS[suggestion.stage];
  const view: SuggestionView = {
    stage: { href: stagePath(suggestion.stage), text: `Stage ${stage.number}: ${stage.label}` },
    reasons: [...suggestion.reasons],
  };
  if (suggestion.pathway) {
    const { id, title, step } = suggestion.pathway;
    view.pathway = {
      pathway: { href: pathwayPath(id), text: title },
      step: { href: `${pathwayPath(id)}#${pathwayStepAnchor(step.id)}`, text: `step ${step.number}: ${step.title}` },
    };
  }
  if (suggestion.alsoConsider) view.alsoConsider = { href: pathwayPath(suggestion.alsoConsider.id), text: suggestion.alsoConsider.title };
  return view;
}

/**
 * The pathway outlines the page embeds as JSON. Anything malformed gives an empty list (the form then
 * suggests a stage without a pathway), never an error.
 */
export function parsePathwayOutlines(json: string | null | undefined): PathwayOutline[] {
  let value: unknown;
  try {
    value = JSON.parse(json ?? '');
  } catch {
    return [];
  }
  const pathways = (value as { pathways?: unknown } | null)?.pathways;
  if (!Array.isArray(pathways)) return [];
  return pathways.filter(
    (pathway): pathway is PathwayOutline =>
      typeof pathway?.id === 'string' &&
      typeof pathway.title === 'string' &&
      Array.isArray(pathway.steps) &&
      pathway.steps.every(
        (step: unknown) =>
          typeof (step as { id?: unknown })?.id === 'string' &&
          typeof (step as { title?: unknown }).title === 'string' &&
          Object.hasOwn(STAGE_TERMS, (step as { stage?: unknown }).stage as string),
      ),
  );
}
