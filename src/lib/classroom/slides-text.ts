/**
 * "Copy for slides": a pathway or a list as text to paste into slides or a handout, with titles and
 * short links, in plain text (any slide tool) or Markdown (Marp, reveal.js, course pages, wikis).
 */

export interface SlideLink {
  title: string;
  /** The short link when there is one, else the permanent link. */
  url: string;
}

export interface SlideSection {
  /** A step title, or undefined for a list without sections. */
  heading?: string | undefined;
  links: SlideLink[];
}

export interface SlideText {
  title: string;
  url: string;
  sections: SlideSection[];
}

/** Plain text: the title and its link, then each section's links as "Title: link" lines. */
export function slidesPlainText(text: SlideText): string {
  const lines = [`${text.title}: ${text.url}`];
  for (const section of text.sections) {
    lines.push('');
    if (section.heading) lines.push(section.heading);
    for (const link of section.links) lines.push(`- ${link.title}: ${link.url}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Characters that would turn a title into Markdown syntax. */
const markdownText = (text: string): string => text.replace(/([\\`*_{}[\]()#+!<>|])/g, '\\$1');
/** Characters that would end a Markdown link's address early, percent-encoded. */
const markdownUrl = (url: string): string =>
  url.replace(/[()<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** Markdown: a heading linked to the page, then a sub-heading per section and a bulleted list of links. */
export function slidesMarkdown(text: SlideText): string {
  const lines = [`## [${markdownText(text.title)}](${markdownUrl(text.url)})`];
  for (const section of text.sections) {
    lines.push('');
    if (section.heading) lines.push(`### ${markdownText(section.heading)}`, '');
    for (const link of section.links) lines.push(`- [${markdownText(link.title)}](${markdownUrl(link.url)})`);
  }
  return `${lines.join('\n')}\n`;
}
