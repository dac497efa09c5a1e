/**
 * Host headers (dist/_headers, read by Netlify, Cloudflare Pages and the test server): the security
 * headers on every path, HSTS included, and a year of immutable caching for hashed assets only.
 */
import { describe, expect, it } from 'vitest';
import { headersFile, securityHeaders } from '../../src/lib/site/security-headers';

/** The rules of a _headers file: pattern → headers. */
function rules(text: string): Map<string, Record<string, string>> {
  const parsed = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) parsed.set(line.trim(), (current = {}));
    else if (current) current[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
  }
  return parsed;
}

describe('host headers', () => {
  it('send Strict-Transport-Security with the other security headers, on every path', () => {
    expect(securityHeaders()['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
    expect(rules(headersFile('/')).get('/*')).toMatchObject({
      'Strict-Transport-Security': expect.any(String),
      'Content-Security-Policy': expect.any(String),
    });
  });

  it('let hashed assets be cached for a year, immutable, and nothing else', () => {
    for (const base of ['/', '/some-base/']) {
      const parsed = rules(headersFile(base));
      expect(parsed.get(`${base}_astro/*`)).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
      expect(parsed.get(`${base}*`)).not.toHaveProperty('Cache-Control');
    }
  });
});
