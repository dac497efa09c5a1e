/**
 * <resource-browser>: enhances the server-rendered catalogue on /resources/ (see ResourceBrowser.astro).
 * It reveals the GET form, reads the state from the address, filters the list in place, updates the
 * counts and the status region, and mirrors every change in the query string (pushState), restoring
 * it on back and forward (popstate). All the rules live in src/lib/browse*.ts; this is DOM glue.
 *
 * Work per update is bounded: the pure functions run over every entry (a few ms at 10,000), but the
 * DOM is touched only for the at most PAGE_SIZE items listed before and after, so a long catalogue
 * does not make each click slower. Labels come from the page itself, never from the address.
 */
import {
  PAGE_SIZE,
  browseItemFromData,
  chosenCount,
  facetCounts,
  filterItems,
  notStatedCounts,
  notStatedNote,
  perFacet,
  resultStatus,
  showResultsLabel,
  sortItems,
  type BrowseItem,
  type FacetKey,
} from '../lib/catalogue/browse';
import { parseBrowseState, serialiseBrowseState, toggleValue, type BrowseState, type FacetVocabulary } from '../lib/catalogue/browse-url';

interface Row extends BrowseItem {
  element: HTMLElement;
}

/** A checkbox and what the script reads and writes around it, looked up once. */
interface Control {
  box: HTMLInputElement;
  key: FacetKey;
  count: Element | null;
  /** "Type: Webinars", for the button that removes this filter. */
  name: string;
}

class ResourceBrowser extends HTMLElement {
  #form!: HTMLFormElement;
  #list!: HTMLElement;
  #controls: Control[] = [];
  #rows: Row[] = [];
  /** The rows on the page now, in order (at load: all of them, as the server rendered them). */
  #listed: Row[] = [];
  #limit = PAGE_SIZE;
  #vocabulary!: FacetVocabulary;
  #state!: BrowseState;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-browse-form]');
    const list = this.querySelector<HTMLElement>('[data-browse-results] > ul');
    if (!form || !list || this.#controls.length > 0) return;
    this.#form = form;
    this.#list = list;
    this.#controls = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => {
      const label = form.querySelector(`label[for="${box.id}"]`);
      const legend = box.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      const term = label?.querySelector('[data-term]')?.textContent ?? box.value;
      return { box, key: box.name as FacetKey, count: label?.querySelector('[data-count]') ?? null, name: `${legend}: ${term}` };
    });
    this.#vocabulary = perFacet((key) => this.#controls.filter((control) => control.key === key).map(({ box }) => box.value));
    this.#rows = ([...list.children] as HTMLElement[]).map((element, rank) => ({ ...browseItemFromData(element.dataset, rank), element }));
    this.#listed = this.#rows;

    form.addEventListener('change', () => this.#commit(this.#readForm()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit(this.#readForm());
    });
    this.addEventListener('click', (event) => this.#onClick(event));
    window.addEventListener('popstate', () => this.#show(this.#parse(location.search)));
    this.#setUpDialog();

    form.hidden = false;
    this.querySelector('[data-browse-static]')?.setAttribute('hidden', '');
    const state = this.#parse(location.search);
    this.#show(state);
    const canonical = this.#address(state);
    if (canonical !== location.pathname + location.search) history.replaceState(history.state, '', canonical + location.hash);
  }

  /**
   * The phone's filter dialog: the one form moves into it while it is open and back to the sidebar
   * when it closes (Escape, "Close" or "Show N results"), so there is never a second set of controls.
   */
  #setUpDialog() {
    const dialog = this.querySelector<HTMLDialogElement>('[data-browse-dialog]');
    const body = this.querySelector<HTMLElement>('[data-browse-dialog-body]');
    const open = this.querySelector<HTMLButtonElement>('[data-browse-open]');
    if (!dialog || !body || !open || typeof dialog.showModal !== 'function') return;
    const home = this.#form.parentElement;
    const placeholder = document.createComment('filters');
    home?.insertBefore(placeholder, this.#form);
    open.hidden = false;
    this.querySelector('[data-browse-skip]')?.setAttribute('hidden', '');
    open.addEventListener('click', () => {
      body.append(this.#form);
      dialog.showModal();
    });
    dialog.addEventListener('close', () => placeholder.after(this.#form));
    this.querySelector('[data-browse-close]')?.addEventListener('click', () => dialog.close());
    this.querySelector('[data-browse-done]')?.addEventListener('click', () => {
      dialog.close();
      this.#focus('#results-heading');
    });
  }

  #parse(query: string): BrowseState {
    return parseBrowseState(query, this.#vocabulary);
  }

  #address(state: BrowseState): string {
    const query = serialiseBrowseState(state);
    return location.pathname + (query ? `?${query}` : '');
  }

  /** The state as the GET form would submit it, read through the same validation as an address. */
  #readForm(): BrowseState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) params.append(key, String(value));
    return this.#parse(params.toString());
  }

  /** A state the person chose: a new history entry, then the page. */
  #commit(state: BrowseState) {
    if (serialiseBrowseState(state) === serialiseBrowseState(this.#state)) return;
    history.pushState(null, '', this.#address(state));
    this.#show(state);
  }

  #focus(selector: string) {
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  #onClick(event: MouseEvent) {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-browse-clear]')) {
      event.preventDefault();
      this.#commit({ ...this.#parse(''), sort: this.#state.sort });
      this.#focus('#results-heading');
    } else if (target?.closest('[data-browse-more]')) {
      const first = this.#listed.length;
      this.#limit += PAGE_SIZE;
      this.#show(this.#state, false);
      this.#listed[first]?.element.querySelector('a')?.focus();
    } else {
      const chip = target?.closest<HTMLButtonElement>('button[data-key]');
      if (!chip) return;
      const index = [...this.querySelectorAll('button[data-key]')].indexOf(chip);
      this.#commit(toggleValue(this.#state, chip.dataset.key as FacetKey, chip.dataset.value ?? '', false, this.#vocabulary));
      const chips = this.querySelectorAll<HTMLElement>('button[data-key]');
      if (chips.length > 0) chips[Math.min(index, chips.length - 1)]?.focus();
      else this.#focus('#results-heading');
    }
  }

  /** Makes the page show a state: controls, listed items in order, counts, status, chips. */
  #show(state: BrowseState, fresh = true) {
    if (fresh) this.#limit = PAGE_SIZE;
    this.#state = state;
    const chosen = this.#controls.filter(({ box, key }) => state.filters[key].includes(box.value));
    for (const control of this.#controls) control.box.checked = chosen.includes(control);
    const sort = this.#form.elements.namedItem('sort');
    if (sort instanceof HTMLSelectElement) sort.value = state.sort;

    const matches = sortItems(filterItems(this.#rows, state.filters), state.sort);
    this.#showRows(matches.slice(0, this.#limit));

    const counts = facetCounts(this.#rows, state.filters);
    for (const { box, key, count } of this.#controls) {
      const n = counts[key].get(box.value) ?? 0;
      const text = `(${n})`;
      if (count && count.textContent !== text) count.textContent = text;
      // A value that would give nothing cannot be ticked; one already chosen (say, from a link) stays free.
      box.disabled = n === 0 && !box.checked;
    }
    const notStated = notStatedCounts(this.#rows, state.filters);
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      const n = state.filters[details.dataset.facet as FacetKey]?.length ?? 0;
      if (n > 0) details.open = true;
      const note = details.querySelector('[data-facet-chosen]');
      if (note) note.textContent = n > 0 ? ` (${n} chosen)` : '';
      const missing = details.querySelector('[data-not-stated]');
      if (missing) missing.textContent = notStatedNote(notStated[details.dataset.facet as FacetKey] ?? 0);
    }
    const done = this.querySelector('[data-browse-done]');
    if (done) done.textContent = showResultsLabel(matches.length);
    const openCount = this.querySelector('[data-browse-open-count]');
    const chosenTotal = chosenCount(state.filters);
    if (openCount) openCount.textContent = chosenTotal > 0 ? ` (${chosenTotal} chosen)` : '';

    const status = this.querySelector('[data-browse-status]');
    if (status) status.textContent = resultStatus(matches.length, this.#rows.length, this.#listed.length);
    this.#toggle('[data-browse-empty]', matches.length === 0);
    this.#toggle('[data-browse-more-wrap]', this.#listed.length < matches.length);
    this.#toggle('[data-browse-clear-wrap]', chosenCount(state.filters) > 0);
    this.#renderChips(chosen);
  }

  #toggle(selector: string, show: boolean) {
    const element = this.querySelector<HTMLElement>(selector);
    if (element) element.hidden = !show;
  }

  /** Lists these rows first and in this order, hiding the rows listed before that are not among them. */
  #showRows(rows: Row[]) {
    const next = new Set(rows);
    for (const row of this.#listed) if (!next.has(row)) row.element.hidden = true;
    for (const row of rows) if (row.element.hidden) row.element.hidden = false;
    // Hidden rows can stay wherever they are; only the listed ones need to lead, in order.
    if (!rows.every((row, index) => this.#list.children[index] === row.element)) this.#list.prepend(...rows.map((row) => row.element));
    this.#listed = rows;
  }

  /** One button per chosen value, named from the form itself. */
  #renderChips(chosen: readonly Control[]) {
    const list = this.querySelector('[data-browse-chips]');
    if (!list) return;
    const chips = chosen.map(({ box, key, name }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.key = key;
      button.dataset.value = box.value;
      button.className = 'rounded-full border border-brand bg-brand-soft px-3 py-1 text-sm';
      const hidden = document.createElement('span');
      hidden.className = 'sr-only';
      hidden.textContent = 'Remove ';
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = ' ×';
      button.append(hidden, name, cross);
      const item = document.createElement('li');
      item.append(button);
      return item;
    });
    list.replaceChildren(...chips);
    if (list.parentElement) list.parentElement.hidden = chips.length === 0;
  }
}

customElements.define('resource-browser', ResourceBrowser);
