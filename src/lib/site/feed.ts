/** An Atom feed of newly added resources (/feed.xml), written by hand: small, and every value escaped. */

export interface FeedEntry {
  /** Permanent URL: also the entry's Atom id, so readers never see an entry twice. */
  url: string;
  title: string;
  summary: string;
  /** The date the entry was added. */
  updated: Date;
  /** Category labels (the resource type). */
  categories: string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** The site's home page (absolute). */
  siteUrl: string;
  /** The feed's own address (absolute). */
  feedUrl: string;
  entries: FeedEntry[];
}

/** How many entries the feed carries: it announces what is new, it is not the catalogue. */
export const FEED_LENGTH = 50;

export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids are dropped; the five specials are escaped.

  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Newest first (then by title), at most FEED_LENGTH. */
export function newestFirst<T extends { updated: Date; title: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title)).slice(0, FEED_LENGTH);
}

export function atomFeed(feed: Feed): string {
  const entries = newestFirst(feed.entries);
  const updated = entries[0]?.updated ?? new Date(0);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <id>${xmlEscape(feed.feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.siteUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${xmlEscape(feed.title)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${xmlEscape(entry.url)}</id>`,
      `    <title>${xmlEscape(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(entry.url)}"/>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <summary>${xmlEscape(entry.summary)}</summary>`,
      ...entry.categories.map((category) => `    <category term="${xmlEscape(category)}"/>`),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
