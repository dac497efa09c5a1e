/**
 * Early, friendly rules for Markdown bodies, read from the source: no HTML tags, no MDX imports or
 * components, and links only to http(s), mailto or site paths. They are not the safety net: every
 * body is also rendered and held to an allowlist (markdown-body.ts), which is what pages publish.
 */

export interface BodyProblem {
  line: number;
  message: string;
}

const SCRIPTABLE_SCHEME = /^<?(?:javascript|vbscript|data|file):/i;

/**
 * A link destination as a browser would read it: character references decoded (`&#106;` is "j",
 * `&colon;` is ":"), then whitespace and control characters dropped, which browsers ignore in schemes.
 */
function destinationAsBrowserReadsIt(destination: string): string {
  return destination
    .replace(/&#x([0-9a-f]+);?/gi, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

const isScriptable = (destination: string): boolean => SCRIPTABLE_SCHEME.test(destinationAsBrowserReadsIt(destination));

/** Removes code spans and fenced code so that examples of markup inside code are allowed. */
function withoutCode(line: string): string {
  // An escaped "\<" is text, not a tag.
  return line.replace(/`[^`]*`/g, '``').replace(/\\</g, '');
}

export function findUnsafeMarkdown(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const text = withoutCode(rawLine);
    if (/^\s*(?:import|export)\s/.test(text)) {
      problems.push({ line, message: 'MDX import/export statements are not allowed in entries' });
    }
    if (/<\/?[a-z!][^>]*>?/i.test(text) && /<[a-z!/]/i.test(text)) {
      problems.push({ line, message: 'raw HTML or components are not allowed; use plain Markdown' });
    }
    // A destination is bare (no spaces) or in angle brackets, where spaces and tabs may appear.
    for (const match of text.matchAll(/\]\(\s*(<[^>]*>|[^)\s]*)/g)) {
      if (isScriptable(match[1] ?? '')) problems.push({ line, message: `link to a "${match[1]}" address is not allowed` });
    }
    const definition = /^\s*\[[^\]]+\]:\s*(\S+)/.exec(text);
    if (definition && isScriptable(definition[1] ?? '')) {
      problems.push({ line, message: `link to a "${definition[1]}" address is not allowed` });
    }
  });
  return problems;
}
