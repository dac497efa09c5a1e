/**
 * Rules for text that editors type into a spreadsheet or at a prompt, stricter than the schema.
 * The site escapes every frontmatter field, so markup there is inert on the page; but a cell that holds
 * a formula, HTML or hidden control characters is almost always a paste from somewhere else, and the
 * importer refuses it with a plain message rather than carry it into the catalogue.
 * Markdown bodies are checked by findUnsafeMarkdown (src/lib/editing/body-rules.ts) as in the build, plus
 * the encoded link schemes below.
 */

/** An HTML tag: a name followed by whitespace, "/" or ">" ("<script>", "</b>", "<img src=x>"). */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:[\s/][^>]*)?>/i;
/**
 * Control characters (tab and line breaks excepted), which can drive a terminal, and the bidirectional
 * overrides that make text display differently from what it says ("gnp.exe" shown as "exe.png").
 */
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/**
 * True when a cell would be run as a formula by a spreadsheet program: it starts with "=", or with
 * "+", "-" or "@" followed by a function call, a cell reference, arithmetic or a DDE command.
 */
export function looksLikeFormula(cell: string): boolean {
  const text = cell.trimStart();
  if (text.startsWith('=')) return true;
  if (!/^[+\-@]/.test(text)) return false;
  const rest = text.slice(1).trimStart();
  return (
    /^[A-Za-z_][\w.]*\s*\(/.test(rest) || // +SUM(…), @HYPERLINK(…)
    /^\$?[A-Za-z]{1,3}\$?\d+\b/.test(rest) || // +A1, -$B$2
    /^\d[\d.,]*\s*[-+*/^&]/.test(rest) || // -2+3, +1*5
    /\|.*!/.test(rest) // -cmd|' /C calc'!A0
  );
}

/** Why a piece of plain text (a title, a summary, a name) is refused, or undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  if (HTML_TAG.test(text)) return 'contains HTML; write plain text';
  if (HIDDEN_CHARACTERS.test(text)) return 'contains a hidden control character; retype it as plain text';
  return undefined;
}

const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')' };

/** Decodes the character references a Markdown renderer decodes in a link destination (&#106; → j). */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_REFERENCES[ref.toLowerCase()] ?? match;
  });
}

/** The scheme of a link destination as a browser reads it (references decoded, spaces and control characters ignored). */
export function linkScheme(destination: string): string | undefined {
  const compact = decodeReferences(destination).replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/** Every link destination in Markdown: inline links and images, autolinks and reference definitions. */
export function linkDestinations(markdown: string): string[] {
  const found: string[] = [];
  for (const match of markdown.matchAll(/\]\(\s*(<[^>]*>|[^\s)]+)/g)) found.push((match[1] ?? '').replace(/^<|>$/g, ''));
  for (const match of markdown.matchAll(/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi)) found.push(match[1] ?? '');
  for (const match of markdown.matchAll(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)) found.push((match[1] ?? '').replace(/^<|>$/g, ''));
  return found;
}

/** Schemes a link in a body may use; a link without a scheme (a site path) is fine too. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Links whose scheme, once decoded, is not http, https or mailto ("javascript:" written as "&#106;avascript:"). */
export function unsafeLinkSchemes(markdown: string): string[] {
  return linkDestinations(markdown)
    .map(linkScheme)
    .filter((scheme): scheme is string => scheme !== undefined && !SAFE_SCHEMES.has(scheme));
}
