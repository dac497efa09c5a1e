/**
 * The embed card pages for resources, stages and pathways (/embed/<kind>/<id>/), written as plain
 * HTML straight into dist/ after the build, like the redirect pages: one small page per entry
 * through Astro's router cost about as much as the entry's own page (docs/bench-links.md). They
 * carry no header, navigation, script or tracking, are noindex (the full page is what search engines
 * should list), and every link opens a new tab so the reader stays on the course page. The
 * stylesheet is public/embed/card.css. (The list card, which needs a script, is an Astro page.)
 */
import type { EmbedCardText } from './embeds';
import { escapeHtml } from '../links/redirect-page';

export interface EmbedCardPage {
  card: EmbedCardText;
  /** Absolute URL of this card (its canonical address). */
  canonical: string;
  /** Our full page (with base). */
  pageHref: string;
  /** The publisher's address, when verified. */
  resourceUrl?: string | undefined;
  /** The Wayback Machine lookup, offered when the publisher's address may be broken. */
  archivedUrl?: string | undefined;
  mayBeBroken?: boolean;
  /** Site paths with base. */
  stylesheetHref: string;
  feedHref: string;
  faviconHref: string;
}

const NEW_TAB = '<span class="sr-only"> (opens in a new tab)</span>';

export function embedCardPageHtml(page: EmbedCardPage): string {
  const { card } = page;
  const title = escapeHtml(card.title);
  const pageHref = escapeHtml(page.pageHref);
  const links = [
    page.resourceUrl
      ? `<a href="${escapeHtml(page.resourceUrl)}" target="_blank" rel="noopener noreferrer external">Open the resource<span class="sr-only"> on the publisher’s site (opens in a new tab)</span> ↗</a>`
      : '',
    page.archivedUrl
      ? `<a href="${escapeHtml(page.archivedUrl)}" target="_blank" rel="noopener noreferrer external">Archived copies<span class="sr-only"> at the Internet Archive (opens in a new tab)</span></a>`
      : '',
    `<a href="${pageHref}" target="_blank" rel="noopener">Open in Alliance Pathways${NEW_TAB}</a>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Alliance Pathways</title>
<meta name="description" content="${escapeHtml(card.summary)}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(page.canonical)}">
<meta property="og:site_name" content="Alliance Pathways">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${escapeHtml(page.canonical)}">
<link rel="alternate" type="application/atom+xml" title="New in Alliance Pathways" href="${escapeHtml(page.feedHref)}">
<link rel="icon" href="${escapeHtml(page.faviconHref)}" type="image/svg+xml">
<link rel="stylesheet" href="${escapeHtml(page.stylesheetHref)}">
</head>
<body>
<main>
<article class="card">
<p class="eyebrow">${escapeHtml(card.eyebrow)}</p>
<h1><a href="${pageHref}" target="_blank" rel="noopener">${title}</a></h1>
${card.meta ? `<p class="meta">${escapeHtml(card.meta)}</p>\n` : ''}<p class="summary">${escapeHtml(card.summary)}</p>
${page.mayBeBroken ? '<p class="warning">The publisher’s link may be broken: try the archived copies.</p>\n' : ''}<p class="links">${links.join(' ')}</p>
</article>
</main>
</body>
</html>
`;
}
