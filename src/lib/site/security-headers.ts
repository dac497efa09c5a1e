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

/**
 * The policy as a host header: the meta policy's sources plus what only a header can say.
 * `frameAncestors` is "'none'" everywhere except the embed cards, which other sites may frame.
 */
export function cspHeader(frameAncestors = "'none'"): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    `frame-ancestors ${frameAncestors}`,
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
/** The browse index of /resources/ (src/lib/catalogue/browse-index.ts) is named by its content hash too. */
export const IMMUTABLE_DATA = 'browse/*';
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The only folder whose pages other sites may put in an iframe (course pages, blogs): the embed cards. */
export const FRAMEABLE_FOLDER = 'embed';

/** Headers that refuse framing; every page but the embed cards gets them. */
const FRAME_HEADER_NAMES = ['Content-Security-Policy', 'X-Frame-Options'];

/** Headers of the embed cards: the same policy, but any site may frame them (and no X-Frame-Options). */
export function frameableHeaders(): Record<string, string> {
  const headers = { ...securityHeaders(), 'Content-Security-Policy': cspHeader('*') };
  delete (headers as Record<string, string | undefined>)['X-Frame-Options'];
  return headers;
}

const block = (pattern: string, headers: Record<string, string>): string =>
  `${pattern}\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;

/**
 * The `_headers` file (Netlify / Cloudflare Pages format) for every path under `base`.
 * Without `topLevel`, one rule covers everything. With the names of the built site's top-level
 * files and folders (folders end with "/"), the framing headers go on each of them except the embed folder: hosts treat
 * overlapping rules differently (Cloudflare joins both values, so a site-wide frame-ancestors
 * 'none' would still apply to /embed/), so no rule that refuses framing may match an embed card.
 * Hashed assets get long caching last.
 */
export function headersFile(base = '/', topLevel?: readonly string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Last, long caching for hashed assets (a path rule of its own, joined to the site-wide one by hosts).
  const immutable = [IMMUTABLE_ASSETS, IMMUTABLE_DATA]
    .map((pattern) => block(`${prefix}${pattern}`, { 'Cache-Control': IMMUTABLE_CACHE_CONTROL }))
    .join('');
  if (!topLevel) return block(`${prefix}*`, securityHeaders()) + immutable;
  const all = securityHeaders();
  const common = Object.fromEntries(Object.entries(all).filter(([name]) => !FRAME_HEADER_NAMES.includes(name)));
  const framing = Object.fromEntries(Object.entries(all).filter(([name]) => FRAME_HEADER_NAMES.includes(name)));
  const patterns = [
    prefix,
    ...[...topLevel]
      .filter((name) => name !== `${FRAMEABLE_FOLDER}/` && !name.startsWith('_'))
      .sort()
      .map((name) => (name.endsWith('/') ? `${prefix}${name}*` : `${prefix}${name}`)),
  ];
  // The embed rule carries only the policy: the common headers already come from the site-wide rule,
  // and a host that joins repeated headers (Cloudflare) would otherwise send "same-origin, same-origin".
  const embed = { 'Content-Security-Policy': frameableHeaders()['Content-Security-Policy']! };
  return [
    block(`${prefix}*`, common),
    ...patterns.map((pattern) => block(pattern, framing)),
    block(`${prefix}${FRAMEABLE_FOLDER}/*`, embed),
    immutable,
  ].join('');
}
