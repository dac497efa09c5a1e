/**
 * Rules for the Markdown body of a resource, which the schema (frontmatter only) cannot see.
 * Astro renders raw HTML in Markdown as HTML, so a body must be plain Markdown: no tags, and no
 * link that runs code (javascript:, data:, vbscript:). The build (via checkIntegrity), `npm run check`
 * and `npm run import` all apply these rules.
 */
import { BODY_PLACEHOLDER_MARK } from './entry-writer';

/** An HTML tag: a name followed by whitespace, "/" or ">". Autolinks such as <https://…> are not tags. */
const BODY_HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:[\s/][^>]*)?>/i;
/** Schemes a link in a body may use; a link without a scheme (relative) is fine too. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')' };

/** Decodes the character references a Markdown renderer would decode in a link destination. */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? match;
  });
}

/** The scheme of a link destination as a browser would read it (spaces and control characters ignored), or undefined. */
export function linkScheme(destination: string): string | undefined {
  const compact = decodeReferences(destination).replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/** Every link destination in a Markdown text: inline links and images, autolinks and reference definitions. */
export function linkDestinations(markdown: string): string[] {
  const found: string[] = [];
  for (const match of markdown.matchAll(/\]\(\s*(<[^>]*>|[^\s)]+)/g)) found.push((match[1] ?? '').replace(/^<|>$/g, ''));
  for (const match of markdown.matchAll(/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi)) found.push(match[1] ?? '');
  for (const match of markdown.matchAll(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)) found.push((match[1] ?? '').replace(/^<|>$/g, ''));
  return found;
}

/** What is wrong with a body, as messages an editor can act on (empty when it is fine). */
export function bodyProblems(body: string): string[] {
  const problems: string[] = [];
  const tag = BODY_HTML_TAG.exec(body);
  if (tag) problems.push(`contains HTML (${tag[0].slice(0, 40)}); write plain Markdown instead`);
  for (const destination of linkDestinations(body)) {
    const scheme = linkScheme(destination);
    if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
      problems.push(`links to a "${scheme}:" address; links may only use http, https or mailto`);
    }
  }
  if (body.includes(BODY_PLACEHOLDER_MARK)) {
    problems.push(`still holds the placeholder text from \`npm run new\` ("${BODY_PLACEHOLDER_MARK}…"); replace it with your own paragraphs`);
  }
  return problems;
}
