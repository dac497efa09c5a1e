/**
 * QR codes for handouts, drawn as one SVG path (no images, no inline styles). The matrix comes
 * from the `qrcode` package; this turns it into path data with a quiet zone around it.
 */
import { create } from 'qrcode';

export interface QrSvg {
  /** The SVG viewBox, including the quiet zone. */
  viewBox: string;
  /** Path data: one unit square per dark module. */
  path: string;
}

/** The standard quiet zone is four modules wide. */
const QUIET_ZONE = 4;

/**
 * Path data for a square matrix of modules (truthy = dark), drawn as strokes one module wide
 * (see QR_STROKE): each horizontal run of dark modules is one segment, reached by a relative move.
 * This keeps a code to 2–3 KB, which matters because a printed stage lists dozens.
 */
export function modulesToPath(size: number, isDark: (row: number, column: number) => boolean): QrSvg {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    // The pen starts each row at its left edge, on the row's centre line.
    let pen = 0;
    let first = true;
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column += 1;
      parts.push(first ? `M${start + QUIET_ZONE} ${row + QUIET_ZONE + 0.5}` : `m${start - pen} 0`);
      parts.push(`h${column - start}`);
      pen = column;
      first = false;
    }
  }
  const full = size + QUIET_ZONE * 2;
  return { viewBox: `0 0 ${full} ${full}`, path: parts.join('') };
}

/** How the path must be drawn: a black stroke one module wide, no fill (attributes, not styles, for the CSP). */
export const QR_STROKE = { stroke: '#000', 'stroke-width': '1', fill: 'none' } as const;

/** A QR code (error correction M: survives a crease or a smudge on paper) for a URL. */
export function qrSvg(text: string): QrSvg {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return modulesToPath(modules.size, (row, column) => Boolean(modules.get(row, column)));
}

const STROKE_ATTRIBUTES = Object.entries(QR_STROKE)
  .map(([name, value]) => `${name}="${value}"`)
  .join(' ');

/** Made once per address in a build: an entry's code is printed on each list and handout that holds it. */
const markupByText = new Map<string, string>();

/**
 * The code as inline SVG markup for build-time pages: hidden from assistive technology, because the
 * same address is printed beside it as text. Only digits and path letters reach the markup.
 */
export function qrSvgMarkup(text: string): string {
  let markup = markupByText.get(text);
  if (markup === undefined) {
    const { viewBox, path } = qrSvg(text);
    markup = `<svg class="qr-code" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><path ${STROKE_ATTRIBUTES} d="${path}"/></svg>`;
    markupByText.set(text, markup);
  }
  return markup;
}
