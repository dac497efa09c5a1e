/**
 * <list-toggle>: "Add to my list" on resource cards and pages. The list lives in localStorage and
 * every toggle on the page (and in other tabs) stays in step. Without JavaScript nothing shows:
 * the /lists/ page explains that lists need it.
 * Markup: <list-toggle data-id data-lists-path> <button hidden> <a hidden data-list-link>
 *         <span data-list-status></list-toggle>
 * The note beside the button is for sighted readers; screen readers hear it through one shared live
 * region (a page with 46 cards must not carry 46 status regions).
 */
import { LIST_STORAGE_KEY, listHref, readStoredIds, toggleId } from '../lib/classroom/trainer-list';

const CHANGE = 'trainer-list-change';
const ANNOUNCER_ID = 'trainer-list-announcer';

/** Says a message through the page's one list announcer, created on first use. */
function announce(message: string): void {
  let region = document.getElementById(ANNOUNCER_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = ANNOUNCER_ID;
    region.setAttribute('role', 'status');
    region.className = 'sr-only';
    document.body.append(region);
  }
  const target = region;
  target.textContent = '';
  // A fresh region needs a moment in the accessibility tree before its first change is announced.
  window.setTimeout(() => {
    target.textContent = message;
  }, 50);
}

function say(toggle: HTMLElement, message: string): void {
  const note = toggle.querySelector<HTMLElement>('[data-list-status]');
  if (note) note.textContent = message;
  announce(message);
}

function storedIds(): string[] {
  try {
    return readStoredIds(localStorage.getItem(LIST_STORAGE_KEY));
  } catch {
    return [];
  }
}

class ListToggle extends HTMLElement {
  private readonly refresh = (): void => this.render();
  /** Whether the button already listens: a row the browse page lists again connects again, and must not toggle twice. */
  private wired = false;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!button) return;
    try {
      localStorage.getItem(LIST_STORAGE_KEY);
    } catch {
      return; // storage blocked: lists cannot be kept, so offer nothing
    }
    button.hidden = false;
    if (!this.wired) button.addEventListener('click', () => this.toggle());
    this.wired = true;
    document.addEventListener(CHANGE, this.refresh);
    window.addEventListener('storage', this.refresh);
    this.render();
  }

  disconnectedCallback(): void {
    document.removeEventListener(CHANGE, this.refresh);
    window.removeEventListener('storage', this.refresh);
  }

  private toggle(): void {
    const id = this.dataset.id ?? '';
    const before = storedIds();
    const after = toggleId(before, id);
    if (after.length === before.length) {
      say(this, 'Your list is full. Remove a resource before adding another.');
      return;
    }
    localStorage.setItem(LIST_STORAGE_KEY, JSON.stringify(after));
    const added = after.includes(id);
    say(this, `${added ? 'Added to' : 'Removed from'} your list. It has ${after.length} resource${after.length === 1 ? '' : 's'}.`);
    document.dispatchEvent(new CustomEvent(CHANGE));
  }

  private render(): void {
    const ids = storedIds();
    const inList = ids.includes(this.dataset.id ?? '');
    const label = this.querySelector<HTMLElement>('[data-list-label]');
    if (label) label.textContent = inList ? 'Remove from my list' : 'Add to my list';
    const link = this.querySelector<HTMLAnchorElement>('[data-list-link]');
    if (link) {
      link.href = listHref(this.dataset.listsPath ?? '/lists/', ids);
      const count = link.querySelector('[data-list-count]');
      if (count) count.textContent = String(ids.length);
      link.hidden = ids.length === 0;
    }
  }
}

if (!customElements.get('list-toggle')) customElements.define('list-toggle', ListToggle);
