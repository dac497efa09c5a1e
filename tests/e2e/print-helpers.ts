/** Checks on printed handouts: the text of a page printed to PDF, and what its QR codes encode. */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';

/** Prints the page to an A4 PDF in Chromium and returns its text, one string per PDF page. */
export async function printedText(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  return pages;
}

/** Text with all whitespace removed, so a URL wrapped across lines still matches. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/**
 * Renders an inline SVG QR code onto a canvas in the page and decodes it with jsQR in Node.
 * Returns the encoded text, or undefined if the code cannot be read.
 */
export async function decodeQr(svg: Locator, size = 240): Promise<string | undefined> {
  const base64 = await svg.evaluate(async (element, side) => {
    const image = new Image();
    image.src = `data:image/svg+xml;base64,${btoa(new XMLSerializer().serializeToString(element))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.drawImage(image, 0, 0, side, side);
    const pixels = context.getImageData(0, 0, side, side).data;
    let binary = '';
    for (let index = 0; index < pixels.length; index += 1) binary += String.fromCharCode(pixels[index]!);
    return btoa(binary);
  }, size);
  const pixels = new Uint8ClampedArray(Buffer.from(base64, 'base64'));
  return jsQR(pixels, size, size)?.data;
}

/**
 * The address a handout prints for a site path: the path's short link (/r/<code>/) when it has one
 * (content/short-links.json), else the full permanent URL.
 */
export function printedAddress(site: string, sitePath: string): string {
  const target = /^\/resources\/([^/]+)\/$/.exec(sitePath)?.[1];
  const code = target ? shortCodes.get(`resource:${target}`) : undefined;
  return code ? `${site}/r/${code}/` : `${site}${sitePath}`;
}

const shortCodes: Map<string, string> = new Map(
  Object.entries(
    (JSON.parse(readFileSync(new URL('../../content/short-links.json', import.meta.url), 'utf8')) as { codes: Record<string, string> })
      .codes,
  ).map(([code, target]) => [target, code]),
);
