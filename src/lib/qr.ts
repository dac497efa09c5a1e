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

/** Path data for a square matrix of modules (truthy = dark), row by row. */
export function modulesToPath(size: number, isDark: (row: number, column: number) => boolean): QrSvg {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      if (isDark(row, column)) parts.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
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
