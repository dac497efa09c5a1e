/**
 * QR codes for printed handouts, drawn at build time as inline SVG (no image requests,
 * nothing at run time). Each code is hidden from assistive technology because the same
 * address is printed beside it as text.
 */
import QRCode from 'qrcode';

const cache = new Map<string, Promise<string>>();

/**
 * An SVG QR code for `text`: error correction level L (print is clean, and it keeps the code small),
 * a two-module quiet zone, black on white. The same text always gives the same SVG.
 */
export function qrSvg(text: string): Promise<string> {
  let svg = cache.get(text);
  if (!svg) {
    svg = QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 }).then((markup) =>
      markup.trim().replace(/^<svg /, '<svg class="qr-code" aria-hidden="true" focusable="false" '),
    );
    cache.set(text, svg);
  }
  return svg;
}
