/**
 * Citations for resources and stages: APA-style text, BibTeX and RIS.
 * Pure functions: the pages render them at build time (with the build date as the access date),
 * the static /cite/… files are made from them, and the "Cite this" enhancement swaps in the
 * reader's own date when they copy or download.
 *
 * A resource is cited as the work itself: its people or its publisher as author, its year, its title and
 * its own address or DOI. Where the work has no verified address of its own, the citation still names
 * the work and adds "Listed in Alliance Pathways" with the entry's permanent link.
 */

export interface Citable {
  /** Permanent id, used as the BibTeX key. */
  id: string;
  title: string;
  /** People credited as authors, in citation form ("Cohen, L."); named before any organisation. */
  people?: readonly string[] | undefined;
  /** The organisation responsible (a confirmed publisher), the author when no people are named. */
  author?: string | undefined;
  /** The publisher, named after the title when people are the authors. */
  publisher?: string | undefined;
  /** Year of publication, when a source states it. */
  year?: number | undefined;
  /** What kind of work this is, in words ("Podcast", "Stage guidance"). */
  medium: string;
  /** The site that publishes this guidance or lists the work ("Alliance Pathways"). */
  site: string;
  /** The address cited: the work's own page, its DOI address, or (when `listed`) the site's permanent link. */
  url: string;
  /** The DOI ("10.1016/…") when the work is cited by it. */
  doi?: string | undefined;
  /** True when the work has no address of its own and is cited with our permanent link. */
  listed?: boolean | undefined;
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

/** People in APA form: "Cohen, L.", "Lo, K., & Lockwood, C.", "A, B., C, D., & E, F.". */
export function apaPeople(people: readonly string[]): string {
  const names = people.map(oneLine);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/**
 * APA 7 style:
 *   Author. (Year). *Title* [Medium]. Publisher. Retrieved Month D, YYYY, from URL
 *   Author. (Year). *Title* [Medium]. https://doi.org/10.…            (a DOI needs no retrieval date)
 *   Author. (Year). *Title* [Medium]. Listed in Alliance Pathways. Retrieved …, from <permanent link>
 * Author is the people, else the organisation; with neither, the title takes its place. No year: "(n.d.)".
 * The publisher is added when it is not already the author; the site only when it is not the author.
 */
export function apaSegments(item: Citable): Segment[] {
  const title = oneLine(item.title);
  const date = `(${item.year ?? 'n.d.'}).`;
  const byPeople = (item.people?.length ?? 0) > 0;
  const author = byPeople ? apaPeople(item.people!) : item.author ? oneLine(item.author) : undefined;
  const head: Segment[] = author
    ? [{ text: `${withFullStop(author)} ${date} ` }, { text: title, italic: true }, { text: ` [${item.medium}].` }]
    : [{ text: title, italic: true }, { text: ` [${item.medium}]. ${date}` }];
  const publisher =
    item.publisher && (!author || oneLine(item.publisher) !== author) ? [{ text: ` ${withFullStop(oneLine(item.publisher))}` }] : [];
  if (item.doi) return [...head, ...publisher, { text: ` https://doi.org/${item.doi}` }];
  const site = item.listed ? [{ text: ` Listed in ${withFullStop(item.site)}` }] : [];
  const retrieved = [{ text: ' Retrieved ' }, { text: apaDate(item.accessed), accessDate: true }, { text: `, from ${item.url}` }];
  return [...head, ...publisher, ...site, ...retrieved];
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

/** A BibTeX @misc record; the key is the permanent id. People are "Family, I. and …"; an organisation is braced to keep its case. */
export function bibtex(item: Citable): string {
  const fields: Array<[string, string]> = [];
  if (item.people && item.people.length > 0) fields.push(['author', item.people.map(bibtexEscape).join(' and ')]);
  else if (item.author) fields.push(['author', `{${bibtexEscape(item.author)}}`]);
  fields.push(['title', `{${bibtexEscape(item.title)}}`]);
  if (item.year !== undefined) fields.push(['year', String(item.year)]);
  fields.push(['howpublished', bibtexEscape(item.medium)]);
  const organization = item.publisher ?? (item.author === item.site ? item.site : undefined);
  if (organization) fields.push(['organization', bibtexEscape(organization)]);
  if (item.doi) fields.push(['doi', bibtexUrl(item.doi)]);
  fields.push(['url', bibtexUrl(item.url)]);
  fields.push(['urldate', isoDay(item.accessed)]);
  if (item.listed) fields.push(['note', `Listed in ${bibtexEscape(item.site)}`]);
  if (item.abstract) fields.push(['abstract', bibtexEscape(item.abstract)]);
  return `@misc{${item.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/** A RIS record (TY ELEC: a web page), CRLF line endings as the format expects. One AU line per person. */
export function ris(item: Citable): string {
  const lines: Array<[string, string]> = [['TY', 'ELEC']];
  lines.push(['TI', item.title]);
  if (item.people && item.people.length > 0) for (const person of item.people) lines.push(['AU', person]);
  else if (item.author) lines.push(['AU', item.author]);
  if (item.year !== undefined) lines.push(['PY', String(item.year)]);
  lines.push(['M3', item.medium]);
  if (item.publisher) lines.push(['PB', item.publisher]);
  if (item.doi) lines.push(['DO', item.doi]);
  lines.push(['UR', item.url]);
  lines.push(['Y2', risDate(item.accessed)]);
  if (item.listed) lines.push(['N1', `Listed in ${item.site}`]);
  if (item.author === item.site) lines.push(['DB', item.site]);
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
  authors?: readonly string[] | undefined;
  year?: number | undefined;
  url?: string | undefined;
  linkKind?: 'own-page' | 'publisher-page' | 'doi' | undefined;
}

/**
 * A resource's citation, of the work itself. The people are its authors when stated; otherwise the
 * publisher, only when confirmed, never when inferred. The address is the work's own page or DOI; a
 * publisher's page that merely names the work is not the work's address, so such an entry, like one
 * without a link, is cited with "Listed in Alliance Pathways" and the permanent link.
 */
export function resourceCitable(id: string, data: CitableResource, medium: string, permanentUrl: string, accessed: Date): Citable {
  const publisher = data.publisher && !data.publisherInferred ? data.publisher : undefined;
  const people = data.authors && data.authors.length > 0 ? data.authors : undefined;
  const doi = data.url && data.linkKind === 'doi' ? data.url.replace(/^https:\/\/doi\.org\//, '') : undefined;
  const ownAddress = data.url && data.linkKind !== 'publisher-page' ? data.url : undefined;
  return {
    id,
    title: data.title,
    people,
    author: people ? undefined : publisher,
    publisher: people ? publisher : undefined,
    year: data.year,
    medium,
    site: SITE_NAME,
    url: ownAddress ?? permanentUrl,
    doi,
    listed: ownAddress === undefined,
    abstract: data.summary,
    accessed,
  };
}

/** A stage's citation: our own guidance, so the site is the author; it carries no year. */
export function stageCitable(id: string, heading: string, purpose: string, permanentUrl: string, accessed: Date): Citable {
  return {
    id: `stage-${id}`,
    title: heading,
    author: SITE_NAME,
    medium: 'Stage guidance',
    site: SITE_NAME,
    url: permanentUrl,
    abstract: purpose,
    accessed,
  };
}
