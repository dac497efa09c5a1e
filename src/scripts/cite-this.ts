/**
 * <cite-this>: puts the reader's own date into the citation as the access date (the page was built
 * with the build date), and makes the BibTeX and RIS downloads carry that date too.
 * Without JavaScript the citation shows the build date and the links download the static files.
 */
import { apaDate, isoDay, localToday, withAccessDate } from '../lib/links/citation';

class CiteThis extends HTMLElement {
  connectedCallback(): void {
    const today = localToday();
    for (const time of this.querySelectorAll<HTMLTimeElement>('time[data-access-date]')) {
      time.dateTime = isoDay(today);
      time.textContent = apaDate(today);
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-cite-format]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        void this.download(link, today);
      });
    }
  }

  private async download(link: HTMLAnchorElement, today: Date): Promise<void> {
    const format = link.dataset.citeFormat === 'ris' ? 'ris' : 'bib';
    try {
      const response = await fetch(link.href);
      if (!response.ok) throw new Error(String(response.status));
      const text = withAccessDate(await response.text(), format, today);
      const blob = new Blob([text], { type: format === 'ris' ? 'application/x-research-info-systems' : 'application/x-bibtex' });
      const url = URL.createObjectURL(blob);
      const temporary = document.createElement('a');
      temporary.href = url;
      temporary.download = link.getAttribute('download') || link.href.split('/').pop() || `citation.${format}`;
      temporary.hidden = true;
      document.body.append(temporary);
      temporary.click();
      temporary.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      window.location.assign(link.href); // the static file, with the build date
    }
  }
}

if (!customElements.get('cite-this')) customElements.define('cite-this', CiteThis);
