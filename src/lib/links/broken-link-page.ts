/**
 * The page at a short link whose resource's own address may be broken (it failed the link check
 * twice in a row, see link-health.ts). Instead of forwarding at once, as every other short link
 * does, it says so and offers the ways on: our page about the resource, the archived copies of the
 * address at the Internet Archive, and the publisher's site. Written by the links integration in
 * place of the redirect page (and left out of _redirects), so a printed short link never ends at
 * a dead address with no way on. Plain HTML like the redirect pages: no script, no style, no other origin.
 */
import { escapeHtml } from './redirect-page';
import { ARCHIVED_COPY_LABEL, archivedCopyUrl, publisherSiteUrl } from './web-archive';

export interface BrokenLinkPage {
  /** The short link itself (with base), e.g. /r/k7qm/. */
  shortPath: string;
  /** Absolute URL of this page (its canonical address). */
  canonical: string;
  title: string;
  /** Our page about the resource (with base). */
  pageHref: string;
  /** The publisher's address that failed. */
  url: string;
  /** Day of the last check, if known. */
  checkedAt?: string | undefined;
  /** The feed link every page carries (with base). */
  feedHref: string;
}

export function brokenLinkPageHtml(page: BrokenLinkPage): string {
  const title = escapeHtml(page.title);
  const publisher = publisherSiteUrl(page.url);
  const when = page.checkedAt ? ` (last checked ${escapeHtml(page.checkedAt)})` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: the link may be broken · Alliance Pathways</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(page.canonical)}">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${escapeHtml(page.canonical)}">
<link rel="alternate" type="application/atom+xml" title="New in Alliance Pathways" href="${escapeHtml(page.feedHref)}">
</head>
<body>
<main>
<h1>${title}: the link may be broken</h1>
<p>This is the short link ${escapeHtml(page.shortPath)}. The publisher’s address for this resource did not answer properly in our last two checks${when}, so it may have moved or been taken down.</p>
<ul>
<li><a href="${escapeHtml(page.pageHref)}" data-fallback="page">Our page about ${title}</a>: what it is and who it suits.</li>
<li><a href="${escapeHtml(archivedCopyUrl(page.url))}" rel="noopener noreferrer external" data-fallback="archive">${escapeHtml(ARCHIVED_COPY_LABEL)}</a> of the address, if the archive kept any.</li>
${publisher ? `<li><a href="${escapeHtml(publisher)}" rel="noopener noreferrer external" data-fallback="publisher">The publisher’s site</a>, to search for the title.</li>\n` : ''}<li><a href="${escapeHtml(page.url)}" rel="noopener noreferrer external" data-fallback="original">The address as we recorded it</a>, in case it works again.</li>
</ul>
</main>
</body>
</html>
`;
}
