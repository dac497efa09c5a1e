/**
 * <trainer-list> on /lists/: shows the resources of a list held in the URL (?ids=…&title=…) or,
 * when the URL has none, the list kept in this browser. Each entry is fetched from
 * /lists/items/<id>.json; ids the catalogue does not know are dropped. Shows short links and QR
 * codes for a printed handout. All text from the URL or the catalogue is written with textContent.
 */
import { LIST_STORAGE_KEY, listHref, readListQuery, readStoredIds, shortListHref } from '../lib/classroom/trainer-list';
import { QR_STROKE, qrSvg } from '../lib/classroom/qr';
import type { ListItem } from '../lib/links/entry-files';
import { listCartridge, listSlides } from '../lib/classroom/course-exports';
import { iframeSnippet } from '../lib/classroom/embeds';
import { slidesMarkdown, slidesPlainText } from '../lib/classroom/slides-text';

type Item = ListItem;

const SVG = 'http://www.w3.org/2000/svg';

function qrElement(text: string, label: string): SVGSVGElement {
  const { viewBox, path } = qrSvg(text);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'h-28 w-28 shrink-0 bg-white');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  for (const [name, value] of Object.entries(QR_STROKE)) modules.setAttribute(name, value);
  svg.append(background, modules);
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function fetchItem(base: string, id: string): Promise<Item | undefined> {
  try {
    const response = await fetch(`${base}${id}.json`);
    return response.ok ? ((await response.json()) as Item) : undefined;
  } catch {
    return undefined;
  }
}

class TrainerList extends HTMLElement {
  private items: Item[] = [];
  private handoutTitle = '';

  async connectedCallback(): Promise<void> {
    this.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
    const query = readListQuery(location.search);
    let ids = query.ids;
    const byCode = query.codes.length > 0 && ids.length === 0;
    if (ids.length === 0 && !byCode) {
      try {
        ids = readStoredIds(localStorage.getItem(LIST_STORAGE_KEY));
      } catch {
        ids = [];
      }
    }
    this.handoutTitle = query.title;
    // The short form (?r=code,…) names entries by short code; the long form (?ids=…) by permanent id.
    const fetched = byCode
      ? await Promise.all(query.codes.map((code) => fetchItem(this.dataset.codesBase ?? '/lists/codes/', code)))
      : await Promise.all(ids.map((id) => fetchItem(this.dataset.itemsBase ?? '/lists/items/', id)));
    if (byCode) ids = query.codes;
    const seen = new Set<string>();
    this.items = fetched.filter((item): item is Item => item !== undefined && !seen.has(item.id) && Boolean(seen.add(item.id)));
    const dropped = ids.length - this.items.length;
    this.bindControls();
    this.render();
    this.save();
    if (dropped > 0) this.announce(`${dropped} entr${dropped === 1 ? 'y was' : 'ies were'} not found in the catalogue and left out.`);
  }

  private bindControls(): void {
    const titleInput = this.querySelector<HTMLInputElement>('[data-list-title-input]');
    if (titleInput) {
      titleInput.value = this.handoutTitle;
      titleInput.addEventListener('input', () => {
        this.handoutTitle = titleInput.value.slice(0, 120);
        this.renderHeading();
        this.save();
      });
    }
    this.querySelector('[data-list-print]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-list-cartridge]')?.addEventListener('click', () => void this.downloadCartridge());
    this.querySelector('[data-list-clear]')?.addEventListener('click', () => {
      this.items = [];
      this.render();
      this.save();
      this.announce('Your list is now empty.');
    });
  }

  /** Keeps the URL (shareable) and this browser's copy in step with what is shown. */
  private save(): void {
    const ids = this.items.map((item) => item.id);
    const codes = this.items.map((item) => item.code ?? '');
    const listsPath = this.dataset.listsPath ?? '/lists/';
    // The short form when every entry has a short code (they all should); else the long form.
    const href = codes.every(Boolean) ? shortListHref(listsPath, codes, this.handoutTitle) : listHref(listsPath, ids, this.handoutTitle);
    history.replaceState(null, '', href);
    try {
      localStorage.setItem(LIST_STORAGE_KEY, JSON.stringify(ids));
    } catch {
      // Storage blocked: the URL still holds the list.
    }
    const url = new URL(href, location.href).href;
    const shareText = this.querySelector<HTMLElement>('[data-list-url]');
    if (shareText) shareText.textContent = url;
    const shareQr = this.querySelector<HTMLElement>('[data-list-qr]');
    if (shareQr) shareQr.replaceChildren(...(ids.length ? [qrElement(url, 'QR code for the address of this list')] : []));
    this.renderCourseTools(url, href);
  }

  /** The embed code and the slide text follow the list as it changes. */
  private renderCourseTools(listUrl: string, listHrefWithQuery: string): void {
    const query = listHrefWithQuery.includes('?') ? listHrefWithQuery.slice(listHrefWithQuery.indexOf('?')) : '';
    const embedSrc = new URL(`${this.dataset.embedPath ?? '/embed/lists/'}${query}`, location.href).href;
    const embed = this.querySelector<HTMLElement>('[data-list-embed]');
    if (embed)
      embed.textContent = iframeSnippet({
        src: embedSrc,
        title: `${this.handoutTitle || 'A list of resources'} (Alliance Pathways)`,
        kind: 'list',
      });
    const slides = listSlides(this.handoutTitle, listUrl, this.items);
    const text = this.querySelector<HTMLElement>('[data-list-slides="text"]');
    if (text) text.textContent = slidesPlainText(slides);
    const markdown = this.querySelector<HTMLElement>('[data-list-slides="markdown"]');
    if (markdown) markdown.textContent = slidesMarkdown(slides);
  }

  /** Builds the .imscc in the browser (the zip code loads only when asked for) and offers it as a download. */
  private async downloadCartridge(): Promise<void> {
    try {
      const { cartridgeFileName, cartridgeZip } = await import('../lib/classroom/common-cartridge');
      const listUrl = new URL(
        listHref(
          this.dataset.listsPath ?? '/lists/',
          this.items.map((item) => item.id),
          this.handoutTitle,
        ),
        location.href,
      ).href;
      const zip = cartridgeZip(listCartridge(this.handoutTitle, listUrl, this.items));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      link.download = cartridgeFileName(this.handoutTitle);
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.announce(`Downloaded ${link.download} with ${this.items.length} resource${this.items.length === 1 ? '' : 's'}.`);
    } catch {
      this.announce('The course package could not be made in this browser. Copy the list’s address instead.');
    }
  }

  private announce(message: string): void {
    const status = this.querySelector<HTMLElement>('[data-list-status]');
    if (status) status.textContent = message;
  }

  private renderHeading(): void {
    const heading = this.querySelector<HTMLElement>('[data-list-heading]');
    if (heading) heading.textContent = this.handoutTitle || 'Resources for your session';
  }

  private render(): void {
    this.renderHeading();
    this.querySelector<HTMLElement>('[data-list-empty]')?.toggleAttribute('hidden', this.items.length > 0);
    this.querySelector<HTMLElement>('[data-list-view]')?.toggleAttribute('hidden', this.items.length === 0);
    const list = this.querySelector<HTMLOListElement>('[data-list-items]');
    if (!list) return;
    list.replaceChildren(...this.items.map((item, index) => this.renderItem(item, index)));
  }

  private renderItem(item: Item, index: number): HTMLLIElement {
    const li = element('li', 'flex flex-col gap-3 border-b border-line py-3 sm:flex-row sm:items-start print:break-inside-avoid');
    const text = element('div', 'min-w-0 flex-1');
    // The same row as every other list: title, metadata line, summary.
    const heading = element('h3', 'text-base leading-snug font-semibold');
    const link = element('a', '', item.title);
    link.href = item.path;
    heading.append(link);
    const facts = element('p', 'mt-0.5 text-sm text-muted', item.facts ?? item.type);
    facts.dataset.rowMeta = '';
    text.append(heading, facts, element('p', 'mt-0.5 line-clamp-2 text-sm print:line-clamp-none', item.summary));
    const address = item.shortUrl ?? item.url;
    const linkLine = element('p', 'mt-1 text-sm');
    linkLine.append(element('span', 'font-semibold', 'Link: '), element('code', 'break-all', address));
    text.append(linkLine);
    const remove = element(
      'button',
      'mt-2 cursor-pointer rounded border border-brand bg-white px-2 py-0.5 text-sm font-semibold text-brand hover:bg-brand-soft print:hidden',
    );
    remove.type = 'button';
    remove.append('Remove', element('span', 'sr-only', `: ${item.title}`));
    remove.addEventListener('click', () => {
      this.items = this.items.filter((other) => other.id !== item.id);
      this.render();
      this.save();
      this.announce(`Removed “${item.title}”. ${this.items.length} left.`);
      const buttons = this.querySelectorAll<HTMLButtonElement>('[data-list-items] button');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.querySelector<HTMLElement>('[data-list-heading]'))?.focus();
    });
    text.append(remove);
    li.append(text, qrElement(address, `QR code for ${item.title}`));
    return li;
  }
}

if (!customElements.get('trainer-list')) customElements.define('trainer-list', TrainerList);
