/**
 * <list-toggle>: "Add to my list" on resource cards and pages. The list lives in localStorage and
 * every toggle on the page (and in other tabs) stays in step. Without JavaScript nothing shows:
 * the /lists/ page explains that lists need it.
 * Markup: <list-toggle data-id data-lists-path> <button hidden> <a hidden data-list-link>
 *         <span role="status" data-list-status></list-toggle>
 */
import { LIST_STORAGE_KEY, listHref, readStoredIds, toggleId } from '../lib/trainer-list';

const CHANGE = 'trainer-list-change';

function storedIds(): string[] {
  try {
    return readStoredIds(localStorage.getItem(LIST_STORAGE_KEY));
  } catch {
    return [];
  }
}

class ListToggle extends HTMLElement {
  private readonly refresh = (): void => this.render();

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!button) return;
    try {
      localStorage.getItem(LIST_STORAGE_KEY);
    } catch {
      return; // storage blocked: lists cannot be kept, so offer nothing
    }
    button.hidden = false;
    button.addEventListener('click', () => this.toggle());
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
    const status = this.querySelector<HTMLElement>('[data-list-status]');
    if (after.length === before.length) {
      if (status) status.textContent = 'Your list is full. Remove a resource before adding another.';
      return;
    }
    localStorage.setItem(LIST_STORAGE_KEY, JSON.stringify(after));
    const added = after.includes(id);
    if (status) status.textContent = `${added ? 'Added to' : 'Removed from'} your list. It has ${after.length} resource${after.length === 1 ? '' : 's'}.`;
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
