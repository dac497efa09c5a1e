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
  };
}

/** The `_headers` file (Netlify / Cloudflare Pages format) for every path under `base`. */
export function headersFile(base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `${prefix}*\n${lines.join('\n')}\n`;
}
