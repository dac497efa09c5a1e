/**
 * <catalogue-search>: drives the search page (CatalogueSearch.astro) with Pagefind's JavaScript API.
 * It reads and writes the search state in the URL, searches as the person types (debounced) or
 * ticks a filter, and renders results with DOM APIs only: text nodes and <mark> elements, never
 * innerHTML. If the index cannot be loaded it says so and offers the browse links.
 * The logic lives in src/lib (search-state, search-engine, search-results, search-status).
 * A query also runs as its synonyms and acronyms (content/search-terms.yaml, via search-synonyms),
 * the original's results first. When a search finds little, the catalogue's own words
 * (search/words.json) give a "did you mean"; when it finds nothing, the corrected query's results
 * are shown instead, and the page says so. Facet counts follow the query as typed.
 */
import {
  loadPagefind,
  runSearch,
  totalCounts,
  type FacetCounts,
  type PagefindHit,
  type SearchEngine,
  type SearchOutcome,
} from '../lib/search/search-engine';
import { resultView, type ResultView } from '../lib/search/search-results';
import { normaliseQuery, worthPreloading } from '../lib/search/search-query';
import {
  activeFilterCount,
  FACET_KEYS,
  hasCriteria,
  parseSearchState,
  serialiseSearchState,
  type FacetIndexValues,
  type FacetKey,
  type SearchState,
} from '../lib/search/search-state';
import { moreLabel, statusMessage, type StatusMessage } from '../lib/search/search-status';
import { expandQuery, fuseRankings } from '../lib/search/search-synonyms';
import { matchesTypedWords, suggestQuery } from '../lib/search/search-suggest';

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 200;
/** Results rendered at a time; "Show more" adds the next batch. */
const PAGE_SIZE = 20;
/** Facet counts are worked out this long after the results are shown, unless the search has moved on. */
const COUNTS_DELAY_MS = 300;
/** Below this many results, the page looks for a spelling correction ("did you mean"). */
const FEW_RESULTS = 5;

/** A correction for a query: shown in its place (nothing found), its results listed first (loose matches only), or offered as a link. */
interface Correction {
  kind: 'replaced' | 'first' | 'offered';
  typed: string;
  suggestion: string;
}

/** The synonym groups the page carries in data-synonyms (JSON); anything malformed counts as none. */
function readGroups(json: string | undefined): string[][] {
  try {
    const groups: unknown = JSON.parse(json ?? '[]');
    if (!Array.isArray(groups)) return [];
    return groups.filter((group): group is string[] => Array.isArray(group) && group.every((term) => typeof term === 'string'));
  } catch {
    return [];
  }
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`catalogue-search: ${selector} is missing`);
  return element;
}

function resultItem(view: ResultView, listsPath: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'max-w-3xl';
  const heading = document.createElement('h3');
  heading.className = 'text-lg font-semibold';
  const link = document.createElement('a');
  link.href = view.href;
  link.textContent = view.title;
  heading.append(link);
  item.append(heading);
  if (view.facts) {
    // A resource: the same metadata line as every other list of resources.
    const facts = document.createElement('p');
    facts.className = 'mt-0.5 text-sm text-muted';
    facts.dataset.rowMeta = '';
    facts.textContent = view.facts;
    item.append(facts);
  } else if (view.kindLabel) {
    const kind = document.createElement('p');
    kind.className = 'text-sm font-semibold uppercase tracking-wide text-accent';
    kind.textContent = view.kindLabel;
    item.append(kind);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-0.5 line-clamp-2';
  for (const segment of view.excerpt) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      excerpt.append(mark);
    } else {
      excerpt.append(segment.text);
    }
  }
  item.append(excerpt);
  if (view.entryId) item.append(listToggle(view.entryId, view.title, listsPath));
  return item;
}

/** Whether this browser lets the page keep a list (localStorage can be blocked). */
function storageWorks(): boolean {
  try {
    localStorage.getItem('alliance-pathways:list');
    return true;
  } catch {
    return false;
  }
}

/** "Add to my list" for a result, the same markup as ListToggle.astro (list-toggle.ts brings it to life). */
function listToggle(id: string, title: string, listsPath: string): HTMLElement {
  const toggle = document.createElement('list-toggle');
  toggle.dataset.id = id;
  toggle.dataset.listsPath = listsPath;
  toggle.className = 'mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 print:hidden';
  const button = document.createElement('button');
  button.type = 'button';
  // Shown at once (not when list-toggle.ts starts), so results do not shift; hidden if lists cannot be kept.
  button.hidden = !storageWorks();
  button.className =
    'min-h-6 cursor-pointer rounded border border-brand bg-white px-2 py-0.5 text-sm font-semibold text-brand hover:bg-brand-soft';
  const label = document.createElement('span');
  label.dataset.listLabel = '';
  label.textContent = 'Add to my list';
  const name = document.createElement('span');
  name.className = 'sr-only';
  name.textContent = `: ${title}`;
  button.append(label, name);
  const status = document.createElement('span');
  status.dataset.listStatus = '';
  status.className = 'text-sm text-muted';
  toggle.append(button, status);
  return toggle;
}

class CatalogueSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #facets!: HTMLDetailsElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #values!: FacetIndexValues;
  #engine: Promise<SearchEngine> | undefined;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hits: PagefindHit[] = [];
  #shown = 0;
  #hasQuery = false;
  #started = false;
  #groups: string[][] = [];
  #words: Promise<string[]> | undefined;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    this.#form = part(this, '[data-search-form]');
    this.#input = part(this, '[data-search-input]');
    this.#facets = part(this, '[data-search-facets]');
    this.#status = part(this, '[data-search-status]');
    this.#results = part(this, '[data-search-results]');
    this.#more = part(this, '[data-search-more]');
    this.#values = this.#readIndexValues();
    this.#groups = readGroups(this.dataset.synonyms);
    this.querySelector('[data-search-nojs]')?.remove();
    part<HTMLElement>(this, '[data-search-ui]').hidden = false;

    const state = parseSearchState(window.location.search);
    this.#writeForm(state);
    this.#facets.open = activeFilterCount(state) > 0;

    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
      // Fetch the index chunks for these words while the debounce runs.
      const query = normaliseQuery(this.#input.value);
      if (worthPreloading(query))
        this.#load()
          .then((engine) => engine.results.preload?.(query))
          .catch(() => undefined);
    });
    // Counts need the whole filter index (many KB at scale): fetched only once the filters are opened.
    this.#facets.addEventListener('toggle', () => {
      if (this.#facets.open) void this.#refreshCounts(this.#run, 0);
    });
    this.#input.addEventListener('focus', () => void this.#warm(), { once: true });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void this.#search();
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    part(this, '[data-search-clear]').addEventListener('click', () => {
      for (const box of this.#checkboxes()) box.checked = false;
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore(this.#run, true));

    if (hasCriteria(state)) void this.#search();
    else this.#showBrowse(true);
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  /** id → indexed value per facet, from the checkboxes the page rendered. */
  #readIndexValues(): FacetIndexValues {
    const values = Object.fromEntries(FACET_KEYS.map((key) => [key, {}])) as FacetIndexValues;
    for (const box of this.#checkboxes()) {
      const key = box.name as FacetKey;
      if (values[key] && box.dataset.indexValue) values[key][box.value] = box.dataset.indexValue;
    }
    return values;
  }

  #writeForm(state: SearchState): void {
    this.#input.value = state.query;
    for (const box of this.#checkboxes()) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
  }

  #readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') params.append(name, value);
    return parseSearchState(params);
  }

  /** Loads Pagefind once; every search shares the same promise. */
  #load(): Promise<SearchEngine> {
    this.#engine ??= loadPagefind(this.dataset.bundle ?? '/pagefind/', (url) => import(/* @vite-ignore */ url));
    return this.#engine;
  }

  /** Starts loading the index when the box gets focus, so the first results come sooner. */
  async #warm(): Promise<void> {
    const run = this.#run;
    try {
      await this.#load();
    } catch {
      if (run === this.#run) this.#showUnavailable();
    }
  }

  /** Shows a count beside each filter option, for the current search or (with none) the whole index. */
  async #refreshCounts(run: number, delay: number): Promise<void> {
    if (!this.#facets.open) return;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (run !== this.#run) return;
    try {
      const counter = await (await this.#load()).counter();
      const state = this.#readForm();
      const counts = hasCriteria(state)
        ? (await runSearch(counter, state, this.#values, true))?.counts
        : await totalCounts(counter, this.#values);
      if (run === this.#run) this.#showCounts(counts);
    } catch {
      // Counts are a help, not the search itself: without them every option stays on offer.
      if (run === this.#run) this.#showCounts(undefined);
    }
  }

  async #search(): Promise<void> {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const state = this.#readForm();
    this.#writeUrl(state);
    this.#setFilterSummary(state);
    if (!hasCriteria(state)) {
      this.#clear();
      await this.#refreshCounts(run, 0);
      return;
    }
    let outcome: SearchOutcome | undefined;
    let shown = state;
    let correction: Correction | undefined;
    try {
      outcome = await this.#find(state);
      if (run !== this.#run || !outcome) return;
      // A correction is looked for when few results came back, or none of them is about the words typed.
      const matched = state.query !== '' && outcome.hits.length > 0 && (await this.#matchesTyped(outcome.hits, state.query));
      const weak = state.query !== '' && (outcome.hits.length < FEW_RESULTS || !matched);
      const suggestion = weak ? await this.#suggest(state.query) : undefined;
      if (run !== this.#run) return;
      if (suggestion !== undefined && !matched) {
        const corrected = await this.#find({ ...state, query: suggestion });
        if (corrected && corrected.hits.length > 0 && outcome.hits.length === 0) {
          outcome = corrected;
          shown = { ...state, query: suggestion };
          correction = { kind: 'replaced', typed: state.query, suggestion };
        } else if (corrected && corrected.hits.length > 0) {
          // The typed words matched only loosely: the correction's results first, then the rest.
          const seen = new Set<string>();
          const hits = [...corrected.hits, ...outcome.hits].filter((hit) => !seen.has(hit.id) && Boolean(seen.add(hit.id)));
          outcome = { hits };
          correction = { kind: 'first', typed: state.query, suggestion };
        }
      } else if (suggestion !== undefined) {
        correction = { kind: 'offered', typed: state.query, suggestion };
      }
    } catch {
      if (run === this.#run) this.#showUnavailable();
      return;
    }
    if (run !== this.#run || !outcome) return;
    this.#hits = outcome.hits;
    this.#shown = 0;
    this.#hasQuery = shown.query !== '';
    if (!(await this.#showMore(run, false))) return;
    this.#setStatus(statusMessage(shown, outcome.hits.length));
    this.#showCorrection(correction, state);
    this.#showBrowse(false);
    this.#showHelp(outcome.hits.length === 0 ? 'none' : undefined);
    void this.#refreshCounts(run, COUNTS_DELAY_MS);
  }

  /** The results for a state and for its synonyms and acronyms, fused into one ranking (each page once). */
  async #find(state: SearchState): Promise<SearchOutcome | undefined> {
    const engine = (await this.#load()).results;
    const alternatives = expandQuery(state.query, this.#groups);
    const outcomes = await Promise.all(
      [state.query, ...alternatives].map((query) => runSearch(engine, { ...state, query }, this.#values, false)),
    );
    const [main] = outcomes;
    if (!main) return undefined;
    return { hits: fuseRankings(outcomes.map((outcome) => outcome?.hits ?? [])) };
  }

  /** Whether the first results highlight a word that was typed (else the index only matched loosely). */
  async #matchesTyped(hits: PagefindHit[], query: string): Promise<boolean> {
    const views = (await Promise.all(hits.slice(0, FEW_RESULTS).map((hit) => hit.data()))).map((data) => resultView(data as object, true));
    const marked = views.flatMap((view) => view?.excerpt.filter((segment) => segment.marked).map((segment) => segment.text) ?? []);
    return matchesTypedWords(marked, query);
  }

  /** A spelling correction from the catalogue's own words, or undefined (also when they cannot be fetched). */
  async #suggest(query: string): Promise<string | undefined> {
    this.#words ??= fetch(this.dataset.wordsPath ?? '/search/words.json')
      .then((response) => (response.ok ? response.json() : []))
      .then((words: unknown) => (Array.isArray(words) ? words.filter((word): word is string => typeof word === 'string') : []))
      .catch(() => []);
    const suggestion = suggestQuery(query, await this.#words);
    return suggestion !== undefined && suggestion !== query.toLowerCase() ? suggestion : undefined;
  }

  /** "Showing results for …" or "Did you mean …?", with a link that searches for the other wording. */
  #showCorrection(correction: Correction | undefined, state: SearchState): void {
    const note = part<HTMLElement>(this, '[data-search-correction]');
    note.hidden = correction === undefined;
    if (!correction) {
      note.replaceChildren();
      return;
    }
    const path = this.dataset.searchPath ?? window.location.pathname;
    const link = (query: string) => {
      const anchor = document.createElement('a');
      anchor.href = `${path}?${serialiseSearchState({ ...state, query })}`;
      const words = document.createElement('bdi');
      words.textContent = query;
      anchor.append(words);
      return anchor;
    };
    const typed = document.createElement('bdi');
    typed.textContent = correction.typed;
    const suggestion = document.createElement('bdi');
    suggestion.textContent = correction.suggestion;
    if (correction.kind === 'replaced') {
      note.replaceChildren('Nothing in the catalogue matched “', typed, '” closely, so these are the results for “', suggestion, '”. ');
    } else if (correction.kind === 'first') {
      note.replaceChildren('Did you mean “', link(correction.suggestion), '”? Its results are listed first.');
    } else {
      note.replaceChildren('Did you mean “', link(correction.suggestion), '”?');
    }
  }

  /** The ways to browse, offered while nothing is searched for; the results heading only once something is. */
  #showBrowse(show: boolean): void {
    part<HTMLElement>(this, '[data-search-browse]').hidden = !show;
    part<HTMLElement>(this, '#search-results-heading').hidden = show;
  }

  /** Renders the next batch of results (or the first, replacing the old ones); false if overtaken or failed. */
  async #showMore(run: number, append: boolean): Promise<boolean> {
    const batch = this.#hits.slice(this.#shown, this.#shown + PAGE_SIZE);
    let views: Array<ResultView | undefined>;
    try {
      views = (await Promise.all(batch.map((hit) => hit.data()))).map((data) => resultView(data as object, this.#hasQuery));
    } catch {
      if (run === this.#run) this.#showUnavailable();
      return false;
    }
    if (run !== this.#run) return false;
    const listsPath = this.dataset.listsPath ?? '/lists/';
    const items = views.filter((view): view is ResultView => view !== undefined).map((view) => resultItem(view, listsPath));
    if (append) this.#results.append(...items);
    else this.#results.replaceChildren(...items);
    this.#shown += batch.length;
    const left = this.#hits.length - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.textContent = moreLabel(this.#shown, this.#hits.length, PAGE_SIZE);
    if (append) items[0]?.querySelector('a')?.focus();
    return true;
  }

  #writeUrl(state: SearchState): void {
    const query = serialiseSearchState(state);
    const path = this.dataset.searchPath ?? window.location.pathname;
    const url = query ? `${path}?${query}` : path;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, '', url);
  }

  #setFilterSummary(state: SearchState): void {
    const count = activeFilterCount(state);
    part(this, '[data-search-filter-summary]').textContent = count > 0 ? `(${count} chosen)` : '';
  }

  #setStatus(message: StatusMessage | undefined): void {
    if (!message) {
      this.#status.replaceChildren();
      return;
    }
    const parts: Array<string | Node> = [message.before];
    if (message.query !== undefined) {
      const query = document.createElement('bdi');
      query.textContent = message.query;
      parts.push(query);
    }
    parts.push(message.after);
    this.#status.replaceChildren(...parts);
  }

  /** Shows a count beside each option; hides options (and whole facets) that would give nothing. */
  #showCounts(counts: FacetCounts | undefined): void {
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const facetCounts = counts?.[fieldset.dataset.facet as FacetKey];
      let visible = 0;
      for (const option of fieldset.querySelectorAll<HTMLElement>('[data-facet-option]')) {
        const box = part<HTMLInputElement>(option, 'input');
        const count = facetCounts?.[box.value];
        part(option, '[data-count]').textContent = count === undefined ? '' : `(${count})`;
        option.hidden = count === 0 && !box.checked;
        if (!option.hidden) visible += 1;
      }
      fieldset.hidden = visible === 0;
    }
  }

  #showHelp(which: 'none' | 'unavailable' | undefined): void {
    for (const help of this.querySelectorAll<HTMLElement>('[data-search-help]')) help.hidden = help.dataset.searchHelp !== which;
  }

  #clear(): void {
    this.#hits = [];
    this.#results.replaceChildren();
    this.#more.hidden = true;
    this.#setStatus(undefined);
    this.#showHelp(undefined);
    this.#showCorrection(undefined, parseSearchState(''));
    this.#showBrowse(true);
    this.#showCounts(undefined);
  }

  #showUnavailable(): void {
    this.#clear();
    this.#facets.hidden = true;
    this.#status.textContent = 'Search is not available right now.';
    this.#showHelp('unavailable');
  }
}

if (!customElements.get('catalogue-search')) customElements.define('catalogue-search', CatalogueSearch);
