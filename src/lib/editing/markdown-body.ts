/**
 * Renders an entry's Markdown body to HTML, then holds the HTML to an allowlist: headings,
 * paragraphs, lists, emphasis, code, blockquotes, tables and links to http, https, mailto or site paths.
 *
 * The same function serves the content check (which fails on anything the allowlist would remove,
 * naming the line) and the pages (which publish its sanitized output with set:html). So what a
 * page shows is exactly what was checked: Astro's own Markdown processor never renders a body.
 * Checking the rendered tree, not the source, closes every way Markdown has of spelling HTML or a
 * script link (code-span tricks, reference definitions, escapes, entities, line breaks).
 */
import { unified } from 'unified';
import { markdownToHast } from 'satteri';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import GithubSlugger from 'github-slugger';
import type { Element, Nodes, Root } from 'hast';

export interface BodyProblem {
  /** Line in the body (1 = the first line below the frontmatter). */
  line: number;
  message: string;
}

/** A body longer than this fails the check: an entry describes a resource, it is not the resource. */
export const MAX_BODY_BYTES = 100 * 1024;

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
const TEXT = ['p', 'br', 'hr', 'em', 'strong', 'del', 'code', 'pre', 'blockquote'];
const LISTS = ['ul', 'ol', 'li'];
const TABLES = ['table', 'thead', 'tbody', 'tr', 'th', 'td'];

/** Schemes a link may use. Anything else (javascript:, data:, vbscript:, file:…) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

/** The allowlist, in rehype-sanitize's terms. Ids on headings are added after sanitizing. */
export const BODY_ALLOWLIST: SanitizeSchema = {
  tagNames: [...HEADINGS, ...TEXT, ...LISTS, ...TABLES, 'a'],
  attributes: {
    a: ['href', 'title'],
    ol: ['start'],
    code: [['className', /^language-[\w+#-]+$/]],
    th: ['align'],
    td: ['align'],
  },
  protocols: { href: [...LINK_SCHEMES] },
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
  required: {},
  ancestors: {},
};

/** What each refused element is in Markdown terms, so the message says what to change. */
const ELEMENT_ADVICE: Record<string, string> = {
  img: 'images are not allowed in entry bodies; link to the image instead',
  input: 'task-list checkboxes are not allowed; use a plain list',
  sup: 'footnotes are not allowed; put the note in the text',
  section: 'footnotes are not allowed; put the note in the text',
  h1: 'a level-1 heading is not allowed (the page title is the only one); start headings at ##',
};

const allowedTags = new Set(BODY_ALLOWLIST.tagNames ?? []);

/** hast property names that the allowlist keeps, per tag (className values are checked separately). */
function allowedAttribute(tag: string, property: string, value: unknown): boolean {
  const rules = BODY_ALLOWLIST.attributes?.[tag] ?? [];
  for (const rule of rules) {
    if (typeof rule === 'string' && rule === property) return true;
    if (Array.isArray(rule) && rule[0] === property) {
      const patterns = rule.slice(1);
      const values = Array.isArray(value) ? value : [value];
      return values.every((item) =>
        patterns.some((pattern) => (pattern instanceof RegExp ? pattern.test(String(item)) : pattern === item)),
      );
    }
  }
  return false;
}

/**
 * Why a link destination is refused, or undefined if it is allowed. Browsers drop tabs, line breaks
 * and leading control characters in URLs, so the scheme is read the same way.
 */
export function refusedLink(href: string): string | undefined {
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  // A colon before any "/", "?" or "#" starts a scheme (the sanitizer reads it the same way).
  const colon = compact.indexOf(':');
  const delimiter = compact.search(/[/?#]/);
  if (colon >= 0 && (delimiter === -1 || colon < delimiter)) {
    const scheme = compact.slice(0, colon).toLowerCase();
    if ((LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
    return /^[a-z][a-z0-9+.-]*$/.test(scheme)
      ? `link to a "${scheme}:" address is not allowed (only http, https and mailto)`
      : `link to "${href}" is not a valid address`;
  }
  // "//host/…" and "/\host/…" leave the site without saying how.
  if (/^[/\\]{2}/.test(compact)) return `link to "${href}" leaves the site without a scheme; write it as https://…`;
  return undefined;
}

/** Markdown to an unsanitized hast tree; raw HTML stays as `raw` nodes so it can be reported. */
export type MarkdownParser = (markdown: string) => Root;

/**
 * The parser bodies are rendered with: satteri, the native CommonMark + GFM parser Astro 7 renders Markdown
 * with. It gives the tree remark-parse + remark-gfm + remark-rehype gave (tests/unit/markdown-parser.test.ts
 * compares them on every body and on hostile input) in about a twentieth of the time, which was most of the
 * build's content check (9.6 of 15 CPU seconds at 10,000 entries).
 */
export const parseMarkdown: MarkdownParser = (markdown) => {
  const tree = markdownToHast(markdown, { features: { gfm: true, frontmatter: false } }) as Root;
  alignAsAttribute(tree);
  return tree;
};

/** Parsed, with typographic quotes as Astro renders them. */
function toTree(markdown: string, parse: MarkdownParser): Root {
  const tree = parse(markdown);
  smartPunctuation(tree);
  return tree;
}

const TEXT_ALIGN = /^text-align: ?(left|right|center);?$/;

/**
 * Table column alignment as the `align` attribute, as remark-rehype wrote it: satteri writes
 * style="text-align: …", and the allowlist refuses every style attribute. Only the parser's own table
 * cells are touched (raw HTML in a body is a `raw` node, never an element here).
 */
function alignAsAttribute(node: Nodes): void {
  if (node.type === 'element' && (node.tagName === 'th' || node.tagName === 'td')) {
    const align = TEXT_ALIGN.exec(String(node.properties.style ?? ''))?.[1];
    if (align) {
      delete node.properties.style;
      node.properties.align = align;
    }
  }
  if ('children' in node) for (const child of node.children) alignAsAttribute(child as Nodes);
}

/**
 * Curly quotes, dashes and ellipses in text outside code, as Astro's SmartyPants does
 * ("it's" → "it’s", "a -- b" → "a — b"). Done here rather than with remark-smartypants, which
 * cost about four times the rest of the rendering. Quotes look at the character before them,
 * across inline elements, to tell opening from closing.
 */
function smartPunctuation(tree: Root): void {
  let previous = ' ';
  const opensAfter = /[\s([{\u2014\u2013-]/;
  const convert = (text: string): string => {
    let out = '';
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      const before = index > 0 ? text[index - 1]! : previous;
      if (char === '"') out += opensAfter.test(before) ? '\u201c' : '\u201d';
      else if (char === "'") out += opensAfter.test(before) ? '\u2018' : '\u2019';
      else if (char === '-' && text.startsWith('---', index)) {
        out += '\u2014';
        index += 2;
      } else if (char === '-' && text[index + 1] === '-') {
        out += '\u2013';
        index += 1;
      } else if (char === '.' && text.startsWith('...', index)) {
        out += '\u2026';
        index += 2;
      } else out += char;
    }
    if (text.length > 0) previous = text[text.length - 1]!;
    return out;
  };
  const visit = (node: Nodes): void => {
    if (node.type === 'text') node.value = convert(node.value);
    else if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) previous = 'x';
    else if ('children' in node) {
      const block = node.type === 'element' && /^(?:p|h[1-6]|li|td|th|blockquote)$/.test(node.tagName);
      if (block) previous = ' ';
      for (const child of node.children) visit(child as Nodes);
    }
  };
  visit(tree);
}

/** Everything in the tree that the allowlist would remove, with its line. */
function allowlistProblems(tree: Root): BodyProblem[] {
  const problems = new Map<string, BodyProblem>();
  const report = (problem: BodyProblem) => problems.set(`${problem.line}\u0000${problem.message}`, problem);
  const visit = (node: Nodes, inheritedLine: number): void => {
    const line = node.position?.start.line ?? inheritedLine;
    if (node.type === 'raw') {
      report({ line, message: 'raw HTML is not allowed; use plain Markdown' });
      return;
    }
    // A refused element is reported once, not again for everything inside it.
    if (node.type === 'element' && !checkElement(node, line, report)) return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes, line);
  };
  visit(tree, 1);
  return [...problems.values()].sort((a, b) => a.line - b.line);
}

/** Reports what the allowlist would remove from one element; false if the element itself goes. */
function checkElement(node: Element, line: number, report: (problem: BodyProblem) => void): boolean {
  const tag = node.tagName;
  if (!allowedTags.has(tag)) {
    report({ line, message: ELEMENT_ADVICE[tag] ?? `a <${tag}> element is not allowed in entry bodies` });
    return false;
  }
  for (const [property, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (!allowedAttribute(tag, property, value)) {
      report({ line, message: `the attribute "${property}" on <${tag}> is not allowed in entry bodies` });
      continue;
    }
    if (property === 'href') {
      const refused = refusedLink(String(value));
      if (refused) report({ line, message: refused });
    }
  }
  return true;
}

/** Ids for h2–h6 as Astro gives them (github-slugger), so headings can be linked to. */
function addHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  const text = (node: Nodes): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => text(child as Nodes)).join('') : '';
  const visit = (node: Nodes): void => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) node.properties = { ...node.properties, id: slugger.slug(text(node)) };
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
}

const sanitizer = unified().use(rehypeSanitize, BODY_ALLOWLIST);
const stringifier = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } });

export interface RenderedBody {
  /** Sanitized HTML, safe to publish whatever `problems` says. */
  html: string;
  /** What the allowlist removed (or, for an oversized body, why nothing was rendered). */
  problems: BodyProblem[];
}

/** A body over MAX_BODY_BYTES, reported before any other rule reads it. */
export function oversizedBody(markdown: string): BodyProblem | undefined {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes <= MAX_BODY_BYTES) return undefined;
  return {
    line: 1,
    message: `is ${Math.round(bytes / 1024)} KB; a body may be at most ${MAX_BODY_BYTES / 1024} KB (summarise the resource, do not copy it)`,
  };
}

/**
 * Kept per body text, and shared through globalThis by every copy of this module in the process:
 * the build's content check and the bundled pages then render each body once, not twice.
 */
const CACHE_KEY = Symbol.for('alliance-pathways:rendered-bodies');
const rendered: Map<string, RenderedBody> =
  ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Map<string, RenderedBody> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = rendered;

/** The bodies rendered in this thread, each with its result (a content worker hands them to the build's thread). */
export function renderedBodies(bodies: Iterable<string>): Array<[string, RenderedBody]> {
  return [...bodies].flatMap((body) => {
    const result = rendered.get(body);
    return result ? [[body, result] as [string, RenderedBody]] : [];
  });
}

/** Takes bodies rendered in another thread, so the pages publish them without rendering again. */
export function rememberRenderedBodies(results: Iterable<[string, RenderedBody]>): void {
  for (const [body, result] of results) rendered.set(body, result);
}

/** Renders and sanitizes a body. Results are kept per text, as the check and the page render the same bodies. */
export function renderBody(markdown: string): RenderedBody {
  const cached = rendered.get(markdown);
  if (cached) return cached;
  const result = renderWith(markdown, parseMarkdown);
  rendered.set(markdown, result);
  return result;
}

/** renderBody's work, uncached, with a given parser (the tests compare parsers through it). */
export function renderWith(markdown: string, parse: MarkdownParser): RenderedBody {
  const oversized = oversizedBody(markdown);
  if (oversized) return { html: '', problems: [oversized] };
  const tree = toTree(markdown, parse);
  const problems = allowlistProblems(tree);
  const clean = sanitizer.runSync(tree) as Root;
  // Sanitizing clones; a new tree is what gets ids and is published.
  addHeadingIds(clean);
  return { html: String(stringifier.stringify(clean)), problems };
}

/** The rendered HTML of a body without the allowlist: for tests that prove the allowlist changes nothing in a clean body. */
export function renderUnsanitized(markdown: string): string {
  const tree = toTree(markdown, parseMarkdown);
  addHeadingIds(tree);
  return String(
    unified()
      .use(rehypeStringify, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } })
      .stringify(tree),
  );
}
