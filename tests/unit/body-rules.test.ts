import { describe, expect, it } from 'vitest';
import { findUnsafeMarkdown } from '../../src/lib/editing/body-rules';

describe('findUnsafeMarkdown', () => {
  it('accepts plain Markdown with ordinary links, lists and emphasis', () => {
    const body = [
      'A paragraph with **bold**, _emphasis_ and a [link](https://example.org/a?b=c).',
      '',
      '- a list item with a [site link](/stages/get-ready/#step-check-fit)',
      '- 3 < 5 and 5 > 3 are fine as text',
      '',
      '[ref]: https://example.org/ref',
      'Email [us](mailto:team@example.org).',
    ].join('\n');
    expect(findUnsafeMarkdown(body)).toEqual([]);
  });

  it('allows markup shown as code', () => {
    expect(findUnsafeMarkdown('Write `<b>` for bold.\n\n```\n<script>alert(1)</script>\n```')).toEqual([]);
  });

  it.each([
    ['a script tag', 'Hello <script>alert(1)</script>'],
    ['an event handler', '<img src=x onerror="alert(2)">'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an HTML comment', '<!-- hidden -->'],
    ['a closing tag alone', 'text </div>'],
    ['an MDX component', '<Callout>hi</Callout>'],
  ])('rejects %s', (_label, body) => {
    expect(findUnsafeMarkdown(body)).toEqual([{ line: 1, message: 'raw HTML or components are not allowed; use plain Markdown' }]);
  });

  it.each([
    ['javascript:', '[click](javascript:alert(3))'],
    ['JavaScript: with spaces and case', '[click]( JavaScript:alert(3))'],
    ['data:', '[data](data:text/html,hi)'],
    ['vbscript:', '[x](vbscript:msgbox)'],
    ['javascript: written with a decimal character reference', '[x](&#106;avascript:alert(1))'],
    ['javascript: written with a hex character reference', '[x](&#x6A;avascript:alert(1))'],
    ['javascript: with an encoded colon', '[x](javascript&colon;alert(1))'],
    ['javascript: with a tab inside the scheme, in angle brackets', '[x](<java\tscript:alert(1)>)'],
  ])('rejects a %s link', (_label, body) => {
    expect(findUnsafeMarkdown(body).map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(/^link to a ".*" address is not allowed$/),
    );
  });

  it('rejects a javascript: reference definition', () => {
    expect(findUnsafeMarkdown('See [x].\n\n[x]: javascript:alert(1)')).toEqual([
      { line: 3, message: 'link to a "javascript:alert(1)" address is not allowed' },
    ]);
  });

  it('rejects MDX imports and exports', () => {
    expect(findUnsafeMarkdown("import X from '../x.astro'\n\nexport const y = 1")).toHaveLength(2);
  });

  it('gives the line of each problem', () => {
    expect(findUnsafeMarkdown('fine\n\n<b>bold</b>').map((problem) => problem.line)).toEqual([3]);
  });
});
