/**
 * Bodies are parsed by satteri (src/lib/editing/markdown-body.ts), which replaced remark-parse + remark-gfm +
 * remark-rehype for speed. This holds it to the old pipeline: for every body in content/, every hostile and
 * invalid fixture and the Markdown below, renderBody gives the HTML and the problems (with their lines) the
 * remark pipeline gives. A difference here means a parser update changed what pages publish or what the check refuses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderBody, renderWith, type MarkdownParser } from '../../src/lib/editing/markdown-body';
import { splitFrontmatter } from '../../src/lib/editing/content-files';
import { projectRoot } from '../helpers/content-root';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
const remarkParser: MarkdownParser = (markdown) => remark.runSync(remark.parse(markdown)) as Root;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : path.endsWith('.md') ? [path] : [];
  });
}

const fileBodies = ['content', 'tests/fixtures'].flatMap((folder) =>
  markdownFiles(join(projectRoot, folder)).map((path) => {
    const text = readFileSync(path, 'utf8');
    const split = splitFrontmatter(text);
    return [path.slice(projectRoot.length + 1), 'body' in split ? split.body : text] as const;
  }),
);

/** CommonMark and GFM constructs an entry might hold, well-formed or not. */
const SNIPPETS: Record<string, string> = {
  headings: '## Two\n\n### Three *em*\n\nSetext\n---\n\n#### Four `code`\n\n## Two\n',
  emphasis: 'A *b* __c__ ***d*** _e_f_ *g **h** i* ~~gone~~ ~one~ snake_case_word 2*3*4',
  lists: '- a\n- b\n  - c\n    1. d\n    2. e\n\n1) f\n2) g\n\n- [ ] task\n- [x] done\n\n* loose\n\n* list\n',
  code: 'Inline `a < b` and ``x `y` z``.\n\n```js\nconst a = "<b>";\n```\n\n    indented <code>\n\n~~~\ntilde\n~~~\n',
  quotes: '> a quote\n> - with a list\n>\n> more\n>\n> > nested "quote" it\'s -- done --- ok...\n',
  tables: '| a | b | c | d |\n|:--|--:|:-:|---|\n| 1 | **2** | `3` | [4](https://example.org) |\n| x |\n',
  links:
    '[a](https://example.org "t") <https://example.org/x> www.example.org https://example.org/y. [ref][r] [r] mailto:a@example.org a@example.org\n\n[r]: https://example.org/ref\n',
  entities: 'AT&amp;T &copy; &#169; &#xA9; &nbsp; &unknown; 5 < 6 > 4 & "q" \'s\' \\*not em\\* \\<tag\\>',
  breaks: 'line one  \nline two\\\nline three\nline four\n\n***\n\n___\n',
  html: 'Text <span>inline</span> and <!-- comment -->.\n\n<div>\nblock\n</div>\n\n<br/> <img src=x onerror=alert(1)>',
  images: '![alt](https://example.org/a.png "t") ![alt][i]\n\n[i]: /b.png',
  footnotes: 'Text[^1] and more[^note].\n\n[^1]: One.\n[^note]: Two *em*.\n',
  odd: '\t- tab list\n\n+ plus\n\n1. one\n1. one\n\n10. ten\n\n  \n\nTrailing\\',
  unicode: 'Café — “quotes” ‘single’ … emoji 🎉 عربى 中文\u00a0nbsp\u200bzw',
  empty: '',
};

describe('satteri renders bodies as the remark pipeline did', () => {
  it.each(fileBodies)('%s', (_file, body) => {
    expect(renderBody(body)).toEqual(renderWith(body, remarkParser));
  });

  it.each(Object.entries(SNIPPETS))('%s', (_name, body) => {
    expect(renderBody(body)).toEqual(renderWith(body, remarkParser));
  });

  it('differs in one place, where satteri follows CommonMark: a list in a quote, then a blank line and a nested quote, stays tight', () => {
    const body = '> - a\n>\n> > b\n';
    expect(renderBody(body).html).toContain('<li>a</li>');
    expect(renderWith(body, remarkParser).html).toContain('<li>\n<p>a</p>\n</li>');
  });

  it('covers every content file and fixture (the corpus is not empty)', () => {
    expect(fileBodies.length).toBeGreaterThan(40);
  });
});
