import { describe, expect, it } from 'vitest';
import { linkDestinations, linkScheme, looksLikeFormula, textProblem, unsafeLinkSchemes } from '../../src/lib/model/input-hygiene';

describe('textProblem', () => {
  it('accepts plain text, quotes, ampersands, comparisons and any script of letters', () => {
    for (const text of ['Partners & "Friends"', 'a < b and c > d', 'Health — équité 健康 🙂', 'Tabs\tand\nnew lines'])
      expect(textProblem(text), text).toBeUndefined();
  });

  it.each([
    ['a script tag', '<script>alert(1)</script> Guide', /HTML/],
    ['an image with a handler', '<img src=x onerror=alert(1)>', /HTML/],
    ['a closing tag', 'Title</b>', /HTML/],
    ['a right-to-left override', 'Report \u202Egnp.exe', /hidden control character/],
    ['a terminal escape', 'Title \u001b[2J', /hidden control character/],
    ['a null character', 'Ti\u0000tle', /hidden control character/],
  ])('refuses %s', (_label, text, message) => {
    expect(textProblem(text)).toMatch(message);
  });
});

describe('unsafeLinkSchemes', () => {
  it('accepts web, mail and site links', () => {
    expect(unsafeLinkSchemes('[a](https://example.org) [b](mailto:x@example.org) [c](/resources/x/) <https://example.org/auto>')).toEqual(
      [],
    );
  });

  it.each([
    ['a plain javascript: link', '[x](javascript:alert(1))'],
    ['mixed case with spaces', '[x](  JaVaScRiPt:alert(1))'],
    ['a decimal character reference', '[x](&#106;avascript:alert(1))'],
    ['a hex reference for the colon', '[x](javascript&#x3a;alert(1))'],
    ['a named reference for the colon', '[x](javascript&colon;alert(1))'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a reference definition', '[x]: javascript:alert(1)'],
  ])('finds %s', (_label, markdown) => {
    expect(unsafeLinkSchemes(markdown)).toEqual(['javascript']);
  });

  it('finds data: and vbscript: too', () => {
    expect(unsafeLinkSchemes('![x](data:image/svg+xml;base64,PHN2Zz4=)\n[y]: vbscript:msgbox(1)')).toEqual(['data', 'vbscript']);
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

describe('looksLikeFormula', () => {
  it.each([
    '=HYPERLINK("http://x","y")',
    '  =1+1',
    '+SUM(A1:A3)',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(1+1)',
    '+A1',
    '-$B$2*3',
    "@cmd|'/c calc'!A0",
    '\t=1',
  ])('treats %j as a formula', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
  });

  it.each([
    '+1 Partnerships: Adding One More Sector',
    '-',
    '- a dash then words',
    '@home visiting',
    'A = B',
    '2019',
    'https://example.org/?a=1',
  ])('treats %j as text', (cell) => {
    expect(looksLikeFormula(cell)).toBe(false);
  });
});
