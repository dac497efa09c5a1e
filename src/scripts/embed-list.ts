/**
 * <embed-list> on /embed/lists/: fills the card with the resources of the list held in the address
 * (?ids=…&title=…), each fetched from /lists/items/<id>.json; ids the catalogue does not know are
 * left out. All text from the address or the catalogue is written with textContent.
 */
import { listHref, readListQuery } from '../lib/classroom/trainer-list';
import type { ListItem } from '../lib/links/entry-files';

async function fetchItem(base: string, id: string): Promise<ListItem | undefined> {
  try {
    const response = await fetch(`${base}${id}.json`);
    return response.ok ? ((await response.json()) as ListItem) : undefined;
  } catch {
    return undefined;
  }
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = content;
  return node;
}

/** A link that opens in a new tab; headings carry the title alone, as on the other cards. */
function newTabLink(href: string, label: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = label;
  return link;
}

class EmbedList extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const { ids, title } = readListQuery(location.search);
    const fetched = await Promise.all(ids.map((id) => fetchItem(this.dataset.itemsBase ?? '/lists/items/', id)));
    const seen = new Set<string>();
    const items = fetched.filter((item): item is ListItem => item !== undefined && !seen.has(item.id) && Boolean(seen.add(item.id)));
    const heading = this.querySelector<HTMLElement>('[data-embed-list-title]');
    if (heading && title) heading.textContent = title;
    const fallback = this.querySelector<HTMLElement>('[data-embed-list-fallback]');
    if (fallback) {
      if (items.length > 0) fallback.hidden = true;
      else fallback.textContent = 'This list is empty, or its resources are no longer in the catalogue.';
    }
    this.querySelector('[data-embed-list-items]')?.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        li.append(text('p', 'text-xs font-semibold uppercase tracking-wide text-accent', item.type));
        const name = text('h2', 'text-base font-semibold leading-snug', '');
        name.append(newTabLink(item.path, item.title));
        li.append(name, text('p', 'text-sm', item.summary));
        return li;
      }),
    );
    const open = this.querySelector<HTMLElement>('[data-embed-list-open]');
    const link = this.querySelector<HTMLAnchorElement>('[data-embed-list-link]');
    if (open && link && items.length > 0) {
      link.href = listHref(
        this.dataset.listsPath ?? '/lists/',
        items.map((item) => item.id),
        title,
      );
      open.hidden = false;
    }
  }
}

if (!customElements.get('embed-list')) customElements.define('embed-list', EmbedList);
