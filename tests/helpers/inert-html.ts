/**
 * What would make a fragment of published HTML act rather than read: elements that run, redirect,
 * submit or embed (script, meta, form, iframe…), event-handler attributes, and links or sources with
 * a scriptable scheme. Used on entry bodies, where none of these may ever appear.
 */
const EXECUTABLE_ELEMENTS = [
  'script',
  'meta',
  'form',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'link',
  'style',
  'svg',
  'math',
  'img',
  'input',
  'button',
  'textarea',
  'details',
];

const decode = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');

/** Each executable thing found, described; an empty list means the fragment is inert. */
export function executableMarkup(html: string): string[] {
  const found: string[] = [];
  // Attribute values may hold any text (a title with "<script>" in it is inert): blank them first.
  const markup = html.replace(/="[^"]*"|='[^']*'/g, '=""');
  for (const tag of EXECUTABLE_ELEMENTS) if (new RegExp(`<${tag}\\b`, 'i').test(markup)) found.push(`<${tag}>`);
  for (const match of markup.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) found.push(`${match[1]}= attribute`);
  for (const match of html.matchAll(/\s(?:href|src|action|formaction|data|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const value = decode(match[2] ?? match[3] ?? match[4] ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
    if (/^(?:javascript|vbscript|data|file):/i.test(value)) found.push(`${value.split(':')[0]}: URL`);
  }
  return found;
}
