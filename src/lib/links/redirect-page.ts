/**
 * The static page left at an old or short address: an immediate meta refresh to the destination,
 * a canonical link to it, noindex, and a plain link for browsers that do not follow the refresh.
 * Written by the links integration straight into dist/ (one per short link and moved page), from
 * the same map as dist/_redirects; it carries no script, no style attribute and no other origin.
 */

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface RedirectPage {
  /** Destination with base, possibly with #anchor. */
  href: string;
  /** Absolute URL of the destination page (its canonical address). */
  canonical: string;
  /** What the destination is called. */
  title: string;
  /** One sentence saying what this address is. */
  lead: string;
  /** An optional sentence after the link. */
  note?: string;
}

export function redirectPageHtml(page: RedirectPage): string {
  const href = escapeHtml(page.href);
  const title = escapeHtml(page.title);
  const canonical = escapeHtml(page.canonical);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Going to ${title} · Alliance Pathways</title>
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${canonical}">
</head>
<body>
<main>
<h1>Taking you to the page</h1>
<p>${escapeHtml(page.lead)}</p>
<p><a href="${href}" data-redirect-target>${title}</a></p>
<p>If your browser does not go there by itself, follow the link above.${page.note ? ` ${escapeHtml(page.note)}` : ''}</p>
</main>
</body>
</html>
`;
}
