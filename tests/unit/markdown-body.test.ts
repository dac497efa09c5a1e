/**
 * Render, then allowlist: every body in the hostile corpus (tests/fixtures/hostile/bodies/) is either
 * refused with a line-numbered message ("refused-*") or accepted because it renders inert ("inert-*").
 * Either way the HTML a page would publish holds nothing executable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, refusedLink, renderBody, renderUnsanitized } from '../../src/lib/editing/markdown-body';
import { findUnsafeMarkdown } from '../../src/lib/editing/body-rules';
import { loadContent } from '../../src/lib/editing/content-files';
import { projectRoot } from '../helpers/content-root';
import { executableMarkup } from '../helpers/inert-html';

const corpusDir = join(projectRoot, 'tests/fixtures/hostile/bodies');
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => [name, readFileSync(join(corpusDir, name), 'utf8')] as const);
const refused = corpus.filter(([name]) => name.startsWith('refused-'));
const inert = corpus.filter(([name]) => name.startsWith('inert-'));

describe('the hostile corpus', () => {
  it('has both kinds of case, and every file is one of them', () => {
    expect(refused.length).toBeGreaterThan(0);
    expect(inert.length).toBeGreaterThan(0);
    expect(refused.length + inert.length).toBe(corpus.length);
  });

  it.each(refused)('%s is refused, naming a line, and publishes nothing executable', (_name, body) => {
    const { html, problems } = renderBody(body);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(executableMarkup(html)).toEqual([]);
    // The raw rendering, without the allowlist, is what the allowlist saved the page from.
    expect(executableMarkup(renderUnsanitized(body)).length + problems.length).toBeGreaterThan(0);
  });

  it.each(inert)('%s passes both the source rules and the allowlist, and renders inert', (_name, body) => {
    expect(findUnsafeMarkdown(body)).toEqual([]);
    const { html, problems } = renderBody(body);
    expect(problems).toEqual([]);
    expect(executableMarkup(html)).toEqual([]);
  });
});

describe('renderBody', () => {
  it('keeps the Markdown an entry needs: headings with ids, lists, emphasis, code, quotes, tables, links', () => {
    const body = [
      '## What is inside',
      '',
      'Some *emphasis*, **strong** text, ~~struck~~ words and `code`.',
      '',
      '1. first',
      '2. second',
      '',
      '> A quotation.',
      '',
      '| Part | Pages |',
      '| :--- | ---: |',
      '| One | 12 |',
      '',
      '```js',
      'const x = 1;',
      '```',
      '',
      '[Site](https://example.org/) · [mail](mailto:team@example.org) · [page](/resources/x/) · [anchor](#what-is-inside)',
    ].join('\n');
    const { html, problems } = renderBody(body);
    expect(problems).toEqual([]);
    expect(html).toContain('<h2 id="what-is-inside">What is inside</h2>');
    for (const tag of [
      '<em>',
      '<strong>',
      '<del>',
      '<code>',
      '<ol>',
      '<blockquote>',
      '<table>',
      '<th align="left">',
      '<pre><code class="language-js">',
    ])
      expect(html).toContain(tag);
    for (const href of ['https://example.org/', 'mailto:team@example.org', '/resources/x/', '#what-is-inside'])
      expect(html).toContain(`href="${href}"`);
  });

  it('changes nothing in a body it accepts: the allowlist only removes what the check reports', () => {
    const { resources, stages, pathways } = loadContent(join(projectRoot, 'content'), projectRoot);
    const bodies = [...resources, ...stages, ...pathways].map((entry) => entry.body).concat(inert.map(([, body]) => body));
    for (const body of bodies) {
      if (renderBody(body).problems.length > 0) continue;
      expect(renderBody(body).html).toBe(renderUnsanitized(body));
    }
  });

  it('reports refused constructs with the line they are on', () => {
    const { problems } = renderBody('Fine.\n\nStill fine.\n\n<b>bold</b>\n\n![chart](https://example.org/c.png)\n');
    expect(problems).toEqual([
      { line: 5, message: 'raw HTML is not allowed; use plain Markdown' },
      { line: 7, message: 'images are not allowed in entry bodies; link to the image instead' },
    ]);
  });

  it(`refuses a body over ${MAX_BODY_BYTES / 1024} KB without rendering it`, () => {
    const { html, problems } = renderBody('word '.repeat(MAX_BODY_BYTES / 5 + 1));
    expect(html).toBe('');
    expect(problems[0]?.message).toMatch(/a body may be at most 100 KB/);
    expect(renderBody('word '.repeat(MAX_BODY_BYTES / 5 - 1)).problems).toEqual([]);
  });
});

describe('refusedLink', () => {
  it.each([
    'https://example.org/x',
    'http://example.org',
    'mailto:a@example.org',
    '/resources/x/',
    '#step-a',
    'relative/path',
    '?q=1',
    'HTTPS://EXAMPLE.ORG',
  ])('allows %s', (href) => expect(refusedLink(href)).toBeUndefined());
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example/',
    '\\\\evil.example',
    'java%09script:x',
  ])('refuses %s', (href) => expect(refusedLink(href)).toBeDefined());
});
