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
 * Path data for a square matrix of modules (truthy = dark), row by row. Each horizontal run of dark
 * modules is one rectangle, which keeps a code for a long URL to a few KB (pages print dozens).
 */
export function modulesToPath(size: number, isDark: (row: number, column: number) => boolean): QrSvg {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column += 1;
      const run = column - start;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  const full = size + QUIET_ZONE * 2;
  return { viewBox: `0 0 ${full} ${full}`, path: parts.join('') };
}

/** A QR code (error correction M: survives a crease or a smudge on paper) for a URL. */
export function qrSvg(text: string): QrSvg {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return modulesToPath(modules.size, (row, column) => Boolean(modules.get(row, column)));
}

/**
 * The code as inline SVG markup for build-time pages: hidden from assistive technology, because the
 * same address is printed beside it as text. Only digits and path letters reach the markup.
 */
export function qrSvgMarkup(text: string): string {
  const { viewBox, path } = qrSvg(text);
  return `<svg class="qr-code" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><path d="${path}"/></svg>`;
}
