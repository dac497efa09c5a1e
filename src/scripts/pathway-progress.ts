/**
 * <pathway-progress>: on a pathway page, turns the checklists into ticks kept in this browser
 * (localStorage, nothing sent anywhere), fills the progress panel and its reset button, and marks
 * the step in view in the stepper. Without JavaScript the page is unchanged and fully readable.
 * The rules (storage format, counts, wording) are in src/lib/pathways/progress.ts; this file only wires the DOM.
 */
import {
  clearProgress,
  countTicked,
  loadProgress,
  progressStatusLine,
  saveProgress,
  stepIdFromHash,
  stepperState,
  usableStorage,
  withTick,
  type Progress,
  type StorageLike,
} from '../lib/pathways/progress';

class PathwayProgress extends HTMLElement {
  #pathway = '';
  #storage: StorageLike | undefined;
  #progress: Progress = {};
  #boxes: HTMLInputElement[] = [];
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    this.#pathway = this.dataset.pathway ?? '';
    this.#storage = usableStorage(() => window.localStorage);
    this.#progress = this.#storage ? loadProgress(this.#storage, this.#pathway) : {};
    this.#boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-step][data-item]')];
    for (const box of this.#boxes) {
      box.checked = this.#progress[box.dataset.step!]?.includes(box.dataset.item!) ?? false;
      box.disabled = false;
      box.addEventListener('change', this.#onChange);
    }
    this.querySelector<HTMLButtonElement>('[data-progress-reset]')?.addEventListener('click', this.#onReset);
    const panel = this.querySelector<HTMLElement>('[data-progress-panel]');
    if (panel) panel.hidden = false;
    this.#render();
    this.#watchSteps();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    window.removeEventListener('hashchange', this.#onHash);
  }

  #onChange = (event: Event): void => {
    const box = event.currentTarget as HTMLInputElement;
    this.#progress = withTick(this.#progress, box.dataset.step!, box.dataset.item!, box.checked);
    this.#save();
    this.#render();
  };

  #onReset = (): void => {
    this.#progress = {};
    if (this.#storage) clearProgress(this.#storage, this.#pathway);
    for (const box of this.#boxes) box.checked = false;
    this.#render('All ticks cleared. ');
  };

  #save(): void {
    if (!this.#storage) return;
    try {
      saveProgress(this.#storage, this.#pathway, this.#progress);
    } catch {
      // Storage full or revoked: keep the ticks for this visit only.
      this.#storage = undefined;
    }
  }

  /** Updates the summary line and each stepper entry. */
  #render(prefix = ''): void {
    const items = this.#boxes.map((box) => ({ stepId: box.dataset.step!, itemKey: box.dataset.item! }));
    const status = this.querySelector<HTMLElement>('[data-progress-status]');
    if (status)
      status.textContent = progressStatusLine(countTicked(this.#progress, items), items.length, {
        kept: this.#storage !== undefined,
        prefix,
      });
    for (const element of this.querySelectorAll<HTMLElement>('[data-stepper-state]')) {
      const step = element.dataset.stepperState!;
      const stepItems = items.filter((item) => item.stepId === step);
      const state = stepperState(countTicked(this.#progress, stepItems), stepItems.length);
      element.textContent = state.text;
      this.querySelector<HTMLElement>(`[data-stepper-link="${CSS.escape(step)}"] [data-stepper-number]`)?.classList.toggle(
        'stepper-done',
        state.done,
      );
    }
  }

  /** Marks, in the stepper, the step whose heading was most recently scrolled past (or linked to). */
  #watchSteps(): void {
    const sections = [...this.querySelectorAll<HTMLElement>('[data-step-section]')];
    if (sections.length === 0) return;
    const visible = new Set<string>();
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.stepSection!;
          if (entry.isIntersecting) visible.add(id);
          else visible.delete(id);
        }
        const first = sections.find((section) => visible.has(section.dataset.stepSection!));
        if (first) this.#markCurrent(first.dataset.stepSection!);
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    for (const section of sections) this.#observer.observe(section);
    window.addEventListener('hashchange', this.#onHash);
    this.#onHash();
  }

  #onHash = (): void => {
    const id = stepIdFromHash(window.location.hash);
    if (id && this.querySelector(`[data-step-section="${CSS.escape(id)}"]`)) this.#markCurrent(id);
  };

  #markCurrent(stepId: string): void {
    for (const link of this.querySelectorAll<HTMLElement>('[data-stepper-link]')) {
      if (link.dataset.stepperLink === stepId) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
  }
}

if (!customElements.get('pathway-progress')) customElements.define('pathway-progress', PathwayProgress);
