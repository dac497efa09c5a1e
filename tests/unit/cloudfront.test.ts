import { describe, expect, it } from 'vitest';
import { cloudfrontFunctionSource, parseHeaders, parseRedirects, responseHeadersPolicy } from '../../scripts/lib/cloudfront.mjs';
import { headersFile } from '../../src/lib/site/security-headers';

/** Runs the generated function source the way CloudFront would call it. */
function handle(source: string, uri: string): { statusCode?: number; headers?: Record<string, { value: string }>; uri?: string } {
  const handler = new Function(`${source}\nreturn handler;`)() as (event: unknown) => never;
  return handler({ request: { uri } });
}

describe('CloudFront deployment', () => {
  const redirects = parseRedirects(
    '# comment\n/r/abc/ /resources/art-and-public-health/ 301\n\n/old/ /stages/get-ready/#step-check-fit 301\n',
  );
  const source = cloudfrontFunctionSource(redirects);

  it('parses _redirects', () => {
    expect(redirects).toEqual([
      { from: '/r/abc/', to: '/resources/art-and-public-health/', status: 301 },
      { from: '/old/', to: '/stages/get-ready/#step-check-fit', status: 301 },
    ]);
  });

  it('answers a redirect with 301, with or without the trailing slash', () => {
    expect(handle(source, '/r/abc/')).toMatchObject({
      statusCode: 301,
      headers: { location: { value: '/resources/art-and-public-health/' } },
    });
    expect(handle(source, '/r/abc')).toMatchObject({ statusCode: 301 });
  });

  it('serves index.html for folder URLs and adds the slash to bare ones', () => {
    expect(handle(source, '/stages/get-ready/')).toEqual({ uri: '/stages/get-ready/index.html' });
    expect(handle(source, '/stages/get-ready')).toMatchObject({ statusCode: 301, headers: { location: { value: '/stages/get-ready/' } } });
    expect(handle(source, '/_astro/site.css')).toEqual({ uri: '/_astro/site.css' });
  });

  it('keeps hostile paths as data, never as code', () => {
    const hostile = cloudfrontFunctionSource([{ from: "/x/'];alert(1);//", to: '/y/', status: 301 }]);
    expect(handle(hostile, "/x/'];alert(1);//")).toMatchObject({ statusCode: 301 });
  });

  it('carries the security headers from _headers into a response-headers policy', () => {
    const policy = responseHeadersPolicy(parseHeaders(headersFile('/')));
    expect(policy.SecurityHeadersConfig.ContentSecurityPolicy?.ContentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(policy.SecurityHeadersConfig.FrameOptions?.FrameOption).toBe('DENY');
    expect(policy.CustomHeadersConfig.Items.map((item) => item.Header)).toContain('Permissions-Policy');
    expect(policy.SecurityHeadersConfig.StrictTransportSecurity).toMatchObject({ Override: true, AccessControlMaxAgeSec: 31536000 });
  });

  it('keeps path-specific rules (long caching of hashed assets) out of the site-wide policy', () => {
    const headers = parseHeaders(headersFile('/'));
    expect(headers).not.toHaveProperty('Cache-Control');
    expect(headers).toHaveProperty('Strict-Transport-Security');
  });
});
