/**
 * <copy-text>: a "Copy" button for text that is already visible on the page (a link, a citation).
 * Without JavaScript, or without clipboard access, the button stays hidden and the text can be
 * selected as usual. The result is announced through the element's own role="status" region.
 * Markup: <copy-text><span data-copy-source>…</span> <button type="button" hidden>Copy link</button>
 *         <span role="status" data-copy-status></span></copy-text>
 */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!button || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.copy());
  }

  private async copy(): Promise<void> {
    const source = this.querySelector<HTMLElement>('[data-copy-source]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!source || !status) return;
    // Multi-line text (slides, Markdown) keeps its lines when marked data-copy-preserve.
    const raw = source.textContent ?? '';
    const text = source.hasAttribute('data-copy-preserve') ? raw.trim() : raw.replace(/\s+/g, ' ').trim();
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
    } catch {
      // Clipboard refused (permissions, an insecure origin): select the text so the keyboard can copy it.
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = 'Could not copy automatically: the text is selected, press Ctrl+C (or ⌘+C) to copy it.';
    }
    window.setTimeout(() => {
      if (status.textContent === 'Copied.') status.textContent = '';
    }, 4000);
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
