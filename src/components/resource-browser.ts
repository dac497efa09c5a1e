/**
 * <resource-browser>: enhances the server-rendered catalogue on /resources/ (see ResourceBrowser.astro).
 * It reveals the GET form and reads the state from the address. The page itself lists one static
 * page of entries; the first time a person uses a filter or the sort (or arrives at an address that
 * holds some), the script fetches the compact browse index (src/lib/catalogue/browse-index.ts) once, and from
 * then on filters, counts and sorts over the whole catalogue with the same rules as the static pages
 * (src/lib/catalogue/browse.ts). Matches are listed PAGE_SIZE rows at a time ("Show more"), so the DOM holds
 * only the rows a person asked to see. Every change is mirrored in the query string (pushState) and
 * restored on back and forward (popstate); with no filter and the default sort, the static page
 * comes back as it was. Labels come from the page itself, never from the address.
 */
import {
  DEFAULT_SORT,
  PAGE_SIZE,
  chosenCount,
  noSelection,
  notStatedNote,
  perFacet,
  resultStatus,
  selectItems,
  showResultsLabel,
  sortItems,
  type FacetKey,
  type Selected,
} from '../lib/catalogue/browse';
import { decodeBrowseIndex, type IndexedItem } from '../lib/catalogue/browse-index';
import { parseBrowseState, serialiseBrowseState, toggleValue, type BrowseState, type FacetVocabulary } from '../lib/catalogue/browse-url';

/** A checkbox and what the script reads and writes around it, looked up once. */
interface Control {
  box: HTMLInputElement;
  key: FacetKey;
  /** The text of its count, "(12)": updated in place, so the label keeps its layout object. */
  count: Text | null;
  /** "Type: Webinars", for the button that removes this filter. */
  name: string;
  /** Its "Remove" button in the list of filters in use, made the first time it is chosen. */
  chip?: HTMLLIElement;
}

/** A facet's collapsible group and its two notes, looked up once. */
interface FacetGroup {
  details: HTMLDetailsElement;
  key: FacetKey;
  /** " (2 chosen)" in its summary. */
  chosen: Element | null;
  /** "Not stated for N resources." under its values. */
  notStated: Element | null;
}

/**
 * The single text node of an element (made if it has none), so that later changes rewrite its data
 * instead of replacing the node: Chromium then lays the text out again but rebuilds nothing.
 */
function ownText(element: Element | null | undefined): Text | null {
  if (!element) return null;
  if (element.childNodes.length === 1 && element.firstChild instanceof Text) return element.firstChild;
  const text = document.createTextNode(element.textContent?.trim() ?? '');
  element.replaceChildren(text);
  return text;
}

/** Writes text only when it differs: an unchanged write still costs style and layout work in Chromium. */
function setText(node: Node | null | undefined, text: string) {
  if (!node) return;
  if (node instanceof Text) {
    if (node.data !== text) node.data = text;
  } else if (node.textContent !== text) node.textContent = text;
}

/**
 * Makes `parent`'s children exactly `wanted`, in order, moving as few as possible: children that stay
 * are left where they are, so they keep their style and layout, their focus, and custom elements inside
 * them are not disconnected and connected again.
 */
function placeChildren(parent: Element, wanted: readonly Element[]) {
  const keep = new Set(wanted);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  let next = parent.firstElementChild;
  for (const element of wanted) {
    if (element === next) next = next.nextElementSibling;
    else parent.insertBefore(element, next);
  }
}

/** No filter and the default order: what the static page already shows. */
const isPristine = (state: BrowseState): boolean => chosenCount(state.filters) === 0 && state.sort === DEFAULT_SORT;

class ResourceBrowser extends HTMLElement {
  #form!: HTMLFormElement;
  #rows!: HTMLElement;
  #controls: Control[] = [];
  #groups: FacetGroup[] = [];
  #vocabulary!: FacetVocabulary;
  #state!: BrowseState;
  #items: IndexedItem[] | undefined;
  #loading: Promise<IndexedItem[] | undefined> | undefined;
  #limit = PAGE_SIZE;
  /** Rows made so far, by position in the index: an entry listed again reuses its row instead of building a new one. */
  #made = new Map<number, HTMLElement>();
  /** The address of the static page this is (/resources/ or /resources/page/<n>/), and its status line. */
  #home = location.pathname;
  #homeStatus = '';

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-browse-form]');
    const rows = this.querySelector<HTMLElement>('[data-browse-rows]');
    if (!form || !rows || this.#controls.length > 0) return;
    this.#form = form;
    this.#rows = rows;
    this.#homeStatus = this.querySelector('[data-browse-status]')?.textContent ?? '';
    this.#controls = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => {
      const label = form.querySelector(`label[for="${box.id}"]`);
      const legend = box.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      const term = label?.querySelector('[data-term]')?.textContent ?? box.value;
      return { box, key: box.name as FacetKey, count: ownText(label?.querySelector('[data-count]')), name: `${legend}: ${term}` };
    });
    this.#groups = [...this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].map((details) => ({
      details,
      key: details.dataset.facet as FacetKey,
      chosen: details.querySelector('[data-facet-chosen]'),
      notStated: details.querySelector('[data-not-stated]'),
    }));
    this.#vocabulary = perFacet((key) => this.#controls.filter((control) => control.key === key).map(({ box }) => box.value));
    // A page without filters in its address starts pristine: the static page, no index fetched.
    this.#state = this.#parse('');

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
    const canonical = this.#address(state);
    if (canonical !== location.pathname + location.search) history.replaceState(history.state, '', canonical + location.hash);
    this.#show(state);
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

  /** A pristine state stays on this static page; any other lives at the catalogue's own address. */
  #address(state: BrowseState): string {
    if (isPristine(state)) return this.#home;
    return `${new URL(this.#form.action).pathname}?${serialiseBrowseState(state)}`;
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
      const first = this.#rows.children.length;
      this.#limit += PAGE_SIZE;
      this.#render(this.#state, false);
      this.#rows.children[first]?.querySelector('a')?.focus();
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

  /** The browse index, fetched on first need and kept (the file is named by its content, so it caches for ever). */
  #index(): Promise<IndexedItem[] | undefined> {
    this.#loading ??= fetch(this.dataset.index ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`browse index: HTTP ${response.status}`);
        return response.json();
      })
      .then((file) => {
        this.#items = decodeBrowseIndex(file);
        return this.#items;
      })
      .catch(() => {
        this.#loading = undefined;
        this.#say('The filters could not be loaded. Check your connection and try again.');
        return undefined;
      });
    return this.#loading;
  }

  /** Makes the page show a state: the static page when pristine there, else the matches from the index. */
  #show(state: BrowseState) {
    this.#state = state;
    this.#setControls(state);
    if (isPristine(state) && location.pathname === this.#home) {
      this.#showStatic();
      return;
    }
    if (this.#items) {
      this.#render(state, true);
      return;
    }
    this.#say('Loading the filters…');
    void this.#index().then(() => {
      // Only the latest state counts: a person may click on while the index loads.
      if (this.#items && this.#state === state) this.#render(state, true);
    });
  }

  #setControls(state: BrowseState) {
    for (const { box, key } of this.#controls) box.checked = state.filters[key].includes(box.value);
    const sort = this.#form.elements.namedItem('sort');
    if (sort instanceof HTMLSelectElement) sort.value = state.sort;
    const chosen = this.#controls.filter((control) => control.box.checked);
    setText(this.querySelector('[data-browse-open-count]'), chosen.length > 0 ? ` (${chosen.length} chosen)` : '');
    for (const { details, key, chosen: note } of this.#groups) {
      const n = state.filters[key]?.length ?? 0;
      if (n > 0 && !details.open) details.open = true;
      setText(note, n > 0 ? ` (${n} chosen)` : '');
    }
    this.#toggle('[data-browse-clear-wrap]', chosen.length > 0);
    this.#renderChips(chosen);
  }

  #showStatic() {
    this.#toggle('[data-browse-static-list]', true);
    this.#toggle('[data-browse-live]', false);
    this.#toggle('[data-browse-empty]', false);
    if (this.#items) this.#setCounts(selectItems(this.#items, noSelection()));
    this.#say(this.#homeStatus);
  }

  /** Lists the first #limit matches of the state from the index, and updates counts and status. */
  #render(state: BrowseState, fresh: boolean) {
    const items = this.#items;
    if (!items) return;
    if (fresh) this.#limit = PAGE_SIZE;
    const selected = selectItems(items, state.filters);
    const matches = sortItems(selected.matches, state.sort);
    const listed = matches.slice(0, this.#limit);
    if (fresh)
      placeChildren(
        this.#rows,
        listed.map((item) => this.#row(item)),
      );
    else this.#rows.append(...listed.slice(this.#rows.children.length).map((item) => this.#row(item)));
    this.#toggle('[data-browse-static-list]', false);
    this.#toggle('[data-browse-live]', matches.length > 0);
    this.#toggle('[data-browse-empty]', matches.length === 0);
    this.#toggle('[data-browse-more-wrap]', listed.length < matches.length);
    this.#setCounts(selected);
    setText(this.querySelector('[data-browse-done]'), showResultsLabel(matches.length));
    this.#say(resultStatus(matches.length, items.length, listed.length));
  }

  /** Each value's count, a zero-count value disabled (unless chosen), and the "not stated" notes. */
  #setCounts({ counts, notStated }: Pick<Selected<IndexedItem>, 'counts' | 'notStated'>) {
    for (const { box, key, count } of this.#controls) {
      const n = counts[key].get(box.value) ?? 0;
      setText(count, `(${n})`);
      const disabled = n === 0 && !box.checked;
      // Writing an unchanged value still invalidates style in Chromium: only write changes.
      if (box.disabled !== disabled) box.disabled = disabled;
    }
    for (const { key, notStated: note } of this.#groups) setText(note, notStatedNote(notStated[key] ?? 0));
  }

  #say(text: string) {
    setText(this.querySelector('[data-browse-status]'), text);
  }

  /** One result row, cloned from the page's row template; all text goes in as textContent. */
  #row(item: IndexedItem): HTMLElement {
    const made = this.#made.get(item.titleRank);
    if (made) return made;
    const template = this.querySelector<HTMLTemplateElement>('template[data-browse-row]')!;
    const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const link = row.querySelector<HTMLAnchorElement>('[data-row-link]')!;
    link.href = `${new URL(this.#form.action).pathname}${encodeURIComponent(item.id)}/`;
    link.textContent = item.title;
    const type = row.querySelector('[data-row-type]')!;
    const icon = this.querySelector<HTMLTemplateElement>(`template[data-type-icon="${item.facets.type[0] ?? ''}"]`);
    if (icon) type.append(icon.content.cloneNode(true));
    type.append(item.typeLabel);
    row.querySelector('[data-row-facts]')!.textContent = item.facts ? ` · ${item.facts}` : '';
    const status = row.querySelector<HTMLElement>('[data-link-status]')!;
    status.dataset.linkStatus = item.linked ? 'linked' : 'unlinked';
    status.textContent = (item.linked ? template.dataset.linked : template.dataset.unlinked) ?? '';
    const toggle = row.querySelector<HTMLElement>('list-toggle');
    if (toggle) {
      toggle.dataset.id = item.id;
      const name = toggle.querySelector('.sr-only');
      if (name) name.textContent = `: ${item.title}`;
    }
    this.#made.set(item.titleRank, row);
    return row;
  }

  #toggle(selector: string, show: boolean) {
    const element = this.querySelector<HTMLElement>(selector);
    if (element && element.hidden === show) element.hidden = !show;
  }

  /** One button per chosen value, named from the form itself; a value's button is made once and kept. */
  #renderChips(chosen: readonly Control[]) {
    const list = this.querySelector('[data-browse-chips]');
    if (!list) return;
    const chips = chosen.map((control) => (control.chip ??= this.#chip(control)));
    placeChildren(list, chips);
    if (list.parentElement && list.parentElement.hidden !== (chips.length === 0)) list.parentElement.hidden = chips.length === 0;
  }

  #chip({ box, key, name }: Control): HTMLLIElement {
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
  }
}

customElements.define('resource-browser', ResourceBrowser);
