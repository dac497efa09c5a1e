import { describe, expect, it } from 'vitest';
import { bodyProblems, linkDestinations, linkScheme } from '../../src/lib/body-rules';
import { BODY_PLACEHOLDER } from '../../src/lib/entry-writer';
import { content } from '../helpers/real-content';

describe('bodyProblems', () => {
  it('accepts plain Markdown with web and mail links, autolinks and reference links', () => {
    const body = [
      'A paragraph with **bold**, a [link](https://example.org/a?b=c) and a [mail](mailto:team@example.org).',
      '',
      '- a list item <https://example.org/auto>',
      '- a < b and c > d are fine in prose',
      '',
      '[ref]: https://example.org/ref',
      'A relative [page](/resources/invest-health/) too.',
    ].join('\n');
    expect(bodyProblems(body)).toEqual([]);
  });

  it('accepts every real body', () => {
    for (const entry of content.resources) expect(bodyProblems(entry.body), entry.file).toEqual([]);
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /HTML/],
    ['an image with a handler', 'Look: <img src=x onerror=alert(1)>', /HTML/],
    ['a closing tag', 'text</div>', /HTML/],
    ['a javascript: link', '[x](javascript:alert(1))', /"javascript:"/],
    ['an upper-case JavaScript: link with spaces', '[x](  JaVaScRiPt:alert(1))', /"javascript:"/],
    ['an entity-encoded scheme', '[x](&#106;avascript:alert(1))', /"javascript:"/],
    ['a hex-encoded colon', '[x](javascript&#x3a;alert(1))', /"javascript:"/],
    ['a named-entity colon', '[x](javascript&colon;alert(1))', /"javascript:"/],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /"data:"/],
    ['a javascript: autolink', '<javascript:alert(1)>', /"javascript:"/],
    ['a vbscript: reference definition', '[x]: vbscript:msgbox(1)', /"vbscript:"/],
    ['the placeholder from npm run new', BODY_PLACEHOLDER, /placeholder/],
  ])('reports %s', (_label, body, message) => {
    expect(bodyProblems(body).join('\n')).toMatch(message);
  });
});

describe('link helpers', () => {
  it('finds inline, image, autolink and reference destinations', () => {
    expect(linkDestinations('[a](https://a.example) ![b](<b.png>) <mailto:c@example.org>\n[d]: https://d.example')).toEqual([
      'https://a.example',
      'b.png',
      'mailto:c@example.org',
      'https://d.example',
    ]);
  });

  it('reads a scheme as a browser would, ignoring spaces and control characters', () => {
    expect(linkScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(linkScheme('/resources/x/')).toBeUndefined();
    expect(linkScheme('HTTPS://example.org')).toBe('https');
  });
});
