/**
 * <self-check>: the "Where do I start?" form. Shows the form (hidden without JavaScript, where a plain
 * guide is shown instead), reports unanswered questions, and shows the suggestion. The rule is
 * suggestStart() in src/lib/pathways/self-check.ts and the wording and links come from src/lib/pathways/self-check-view.ts;
 * this file only wires the DOM, with textContent (never HTML from strings). Nothing is stored or sent.
 */
import {
  missingAnswers,
  parseAnswers,
  SELF_CHECK_QUESTIONS,
  suggestStart,
  type PathwayOutline,
  type QuestionId,
} from '../lib/pathways/self-check';
import {
  errorSummaryLinks,
  parsePathwayOutlines,
  suggestionView,
  type SuggestionView,
  type ViewLink,
} from '../lib/pathways/self-check-view';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link({ href, text }: ViewLink): HTMLAnchorElement {
  const anchor = el('a', text);
  anchor.href = href;
  return anchor;
}

class SelfCheck extends HTMLElement {
  #pathways: PathwayOutline[] = [];

  connectedCallback(): void {
    this.#pathways = parsePathwayOutlines(this.querySelector('[data-self-check-data]')?.textContent);
    const form = this.querySelector<HTMLFormElement>('[data-self-check-form]');
    const fallback = this.querySelector<HTMLElement>('[data-self-check-fallback]');
    if (!form) return;
    form.hidden = false;
    if (fallback) fallback.hidden = true;
    form.addEventListener('submit', this.#onSubmit);
    form.addEventListener('change', this.#onChange);
  }

  #onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio') this.#showFieldError(input.name as QuestionId, false);
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const answers = parseAnswers(new FormData(form).entries());
    const missing = missingAnswers(answers);
    for (const question of SELF_CHECK_QUESTIONS) this.#showFieldError(question.id, missing.includes(question.id));
    this.#showSummary(missing);
    const result = this.querySelector<HTMLElement>('[data-self-check-result]')!;
    if (missing.length > 0) {
      result.hidden = true;
      this.querySelector<HTMLElement>('[data-error-summary]')?.focus();
      return;
    }
    const suggestion = suggestStart(answers, this.#pathways);
    if (!suggestion) return;
    this.#renderResult(suggestionView(suggestion));
    result.hidden = false;
    this.querySelector<HTMLElement>('#result-heading')?.focus();
  };

  #showFieldError(id: QuestionId, show: boolean): void {
    const message = this.querySelector<HTMLElement>(`[data-error-for="${id}"]`);
    if (message) message.hidden = !show;
  }

  #showSummary(missing: QuestionId[]): void {
    const summary = this.querySelector<HTMLElement>('[data-error-summary]')!;
    const list = this.querySelector<HTMLElement>('[data-error-list]')!;
    list.replaceChildren(
      ...errorSummaryLinks(missing).map((entry) => {
        const item = el('li');
        const anchor = link(entry);
        anchor.addEventListener('click', (click) => {
          click.preventDefault();
          this.querySelector<HTMLInputElement>(`input[name="${entry.question}"]`)?.focus();
        });
        item.append(anchor);
        return item;
      }),
    );
    summary.hidden = missing.length === 0;
  }

  #renderResult(view: SuggestionView): void {
    const parts: HTMLElement[] = [];
    const stageLine = el('p', 'Read first: ', 'mt-3 text-lg');
    stageLine.append(link(view.stage));
    parts.push(stageLine);
    if (view.pathway) {
      const pathwayLine = el('p', 'Then follow the pathway ', 'mt-2 text-lg');
      pathwayLine.append(
        link(view.pathway.pathway),
        document.createTextNode(', starting at '),
        link(view.pathway.step),
        document.createTextNode('.'),
      );
      parts.push(pathwayLine);
    }
    if (view.alsoConsider) {
      const also = el('p', 'Also worth a look: ', 'mt-2');
      also.append(link(view.alsoConsider), document.createTextNode('.'));
      parts.push(also);
    }
    parts.push(el('h3', 'Why this suggestion', 'mt-4 font-semibold'));
    const reasons = el('ul', undefined, 'mt-1 list-disc space-y-1 pl-6');
    reasons.append(...view.reasons.map((reason) => el('li', reason)));
    parts.push(reasons);
    parts.push(el('p', 'Change any answer and ask again whenever you like.', 'mt-3 text-sm text-muted'));
    this.querySelector<HTMLElement>('[data-result-body]')!.replaceChildren(...parts);
  }
}

if (!customElements.get('self-check')) customElements.define('self-check', SelfCheck);
