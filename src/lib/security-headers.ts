/**
 * The site's security policy, defined once. Astro writes the CSP into each page as a <meta>
 * tag (with hashes of its bundled scripts and styles); hosts that read `_headers`
 * (Netlify, Cloudflare Pages, and our test server) also send it as a real header, which adds
 * what a meta tag cannot carry (frame-ancestors) and covers Pagefind's worker.
 */

/** Directives other than script-src and style-src (Astro manages those two). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:", // QR codes and Pagefind's icons are data: images
  "font-src 'self'",
  "connect-src 'self'", // Pagefind fetches its index from this origin
  "worker-src 'self' blob:", // Pagefind runs its search in a worker
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind compiles WebAssembly; nothing else needs more than 'self'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** The policy as a host header: the meta policy's sources plus what only a header can say. */
export function cspHeader(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers sent with every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers that have seen the site once use https only, for a year. Hosts serve https already;
    // no includeSubDomains or preload, which would bind other sites on the same domain.
    'Strict-Transport-Security': HSTS,
  };
}

export const HSTS = 'max-age=31536000';

/**
 * Files whose names carry a hash of their content (Astro's bundles in _astro/) never change under
 * the same name, so browsers and CDNs may keep them for a year without asking again. Pages, the
 * search index and data files keep the host's default, so a deploy shows at once.
 */
export const IMMUTABLE_ASSETS = '_astro/*';
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The `_headers` file (Netlify / Cloudflare Pages format): security headers for every path under `base`, then long caching for hashed assets. */
export function headersFile(base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  const siteWide = `${prefix}*\n${lines.join('\n')}\n`;
  return `${siteWide}${prefix}${IMMUTABLE_ASSETS}\n  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}\n`;
}
