/**
 * Citations for resources and stages: APA-style text, BibTeX and RIS.
 * Pure functions: the pages render them at build time (with the build date as the access date),
 * the static /cite/… files are made from them, and the "Cite this" enhancement swaps in the
 * reader's own date when they copy or download. The citation URL is always the site's permanent
 * address for the entry; the publisher's own address is added where it has been verified.
 */

export interface Citable {
  /** Permanent id, used as the BibTeX key. */
  id: string;
  title: string;
  /** The organisation responsible (a confirmed publisher); left out when unknown or only inferred. */
  author?: string | undefined;
  /** Year of publication, when a source states it. */
  year?: number | undefined;
  /** What kind of work this is, in words ("Podcast", "Stage guidance"). */
  medium: string;
  /** The site that lists it ("Alliance Pathways"). */
  site: string;
  /** The site's permanent URL for the entry. */
  url: string;
  /** The publisher's own verified address, if any. */
  originalUrl?: string | undefined;
  /** A one-to-three sentence abstract (our summary). */
  abstract?: string | undefined;
  /** The date the reader accessed it (a calendar day, read in UTC). */
  accessed: Date;
}

/** A run of citation text; `italic` marks the title, as APA sets it; `accessDate` the date the page fills in. */
export interface Segment {
  text: string;
  italic?: boolean;
  accessDate?: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Collapses line breaks and runs of white space: citations are one line per field. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "November 23, 2026", as APA writes retrieval dates. */
export function apaDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "2026-11-23" (BibTeX urldate). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2026/11/23" (RIS Y2). */
export function risDate(date: Date): string {
  return isoDay(date).replaceAll('-', '/');
}

/** Today in the reader's own time zone, as a UTC calendar day the formatters above read correctly. */
export function localToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

function withFullStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * APA 7 style for a web page by an organisation:
 *   Author. (Year). *Title* [Medium]. Site. Retrieved Month D, YYYY, from URL
 * With no known author the title takes its place; with no year, "(n.d.)".
 */
export function apaSegments(item: Citable): Segment[] {
  const title = oneLine(item.title);
  const date = `(${item.year ?? 'n.d.'}).`;
  const site = item.author && oneLine(item.author) === item.site ? [] : [{ text: ` ${withFullStop(item.site)}` }];
  const retrieved = [{ text: ' Retrieved ' }, { text: apaDate(item.accessed), accessDate: true }, { text: `, from ${item.url}` }];
  const original = item.originalUrl ? [{ text: `. Original: ${item.originalUrl}` }] : [];
  const head: Segment[] = item.author
    ? [{ text: `${withFullStop(oneLine(item.author))} ${date} ` }, { text: title, italic: true }, { text: ` [${item.medium}].` }]
    : [{ text: title, italic: true }, { text: ` [${item.medium}]. ${date}` }];
  return [...head, ...site, ...retrieved, ...original];
}

export function apaText(item: Citable): string {
  return apaSegments(item)
    .map((segment) => segment.text)
    .join('');
}

/** Escapes text for a brace-delimited BibTeX field: TeX specials, and one line. */
export function bibtexEscape(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${char}`;
    }
  });
}

/** A URL for a BibTeX field: braces and backslashes cannot appear, so they are percent-encoded. */
function bibtexUrl(url: string): string {
  return oneLine(url).replace(/[{}\\]/g, (char) => encodeURIComponent(char));
}

/** A BibTeX @misc record; the key is the permanent id. Corporate names and titles are braced to keep their case. */
export function bibtex(item: Citable): string {
  const fields: Array<[string, string]> = [];
  if (item.author) fields.push(['author', `{${bibtexEscape(item.author)}}`]);
  fields.push(['title', `{${bibtexEscape(item.title)}}`]);
  if (item.year !== undefined) fields.push(['year', String(item.year)]);
  fields.push(['howpublished', bibtexEscape(item.medium)]);
  fields.push(['organization', bibtexEscape(item.site)]);
  fields.push(['url', bibtexUrl(item.url)]);
  fields.push(['urldate', isoDay(item.accessed)]);
  if (item.originalUrl) fields.push(['note', `Original: \\url{${bibtexUrl(item.originalUrl).replace(/[%#]/g, (char) => `\\${char}`)}}`]);
  if (item.abstract) fields.push(['abstract', bibtexEscape(item.abstract)]);
  return `@misc{${item.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/** A RIS record (TY ELEC: a web page), CRLF line endings as the format expects. */
export function ris(item: Citable): string {
  const lines: Array<[string, string]> = [['TY', 'ELEC']];
  lines.push(['TI', item.title]);
  if (item.author) lines.push(['AU', item.author]);
  if (item.year !== undefined) lines.push(['PY', String(item.year)]);
  lines.push(['M3', item.medium]);
  lines.push(['DB', item.site]);
  lines.push(['UR', item.url]);
  lines.push(['Y2', risDate(item.accessed)]);
  if (item.originalUrl) lines.push(['N1', `Original: ${item.originalUrl}`]);
  if (item.abstract) lines.push(['AB', item.abstract]);
  lines.push(['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\n`;
}

/**
 * The same BibTeX or RIS text with another access date, so a downloaded file carries the
 * reader's date rather than the build's. Only the access-date field changes.
 */
export function withAccessDate(text: string, format: 'bib' | 'ris', accessed: Date): string {
  return format === 'bib'
    ? text.replace(/^(\s*urldate = \{)[^}]*(\},)$/m, `$1${isoDay(accessed)}$2`)
    : text.replace(/^Y2 {2}- .*$/m, `Y2  - ${risDate(accessed)}`);
}

/** The site's name as it appears in citations. */
export const SITE_NAME = 'Alliance Pathways';

/** What a resource citation needs from an entry (a ResourceData satisfies it). */
export interface CitableResource {
  title: string;
  summary: string;
  publisher?: string | undefined;
  publisherInferred?: boolean;
  year?: number | undefined;
  url?: string | undefined;
}

/** A resource's citation: the publisher is its author only when confirmed, never when inferred. */
export function resourceCitable(id: string, data: CitableResource, medium: string, permanentUrl: string, accessed: Date): Citable {
  return {
    id,
    title: data.title,
    author: data.publisher && !data.publisherInferred ? data.publisher : undefined,
    year: data.year,
    medium,
    site: SITE_NAME,
    url: permanentUrl,
    originalUrl: data.url,
    abstract: data.summary,
    accessed,
  };
}

/** A stage's citation: our own guidance, so the site is the author; it carries no year. */
export function stageCitable(id: string, heading: string, purpose: string, permanentUrl: string, accessed: Date): Citable {
  return { id: `stage-${id}`, title: heading, author: SITE_NAME, medium: 'Stage guidance', site: SITE_NAME, url: permanentUrl, abstract: purpose, accessed };
}
