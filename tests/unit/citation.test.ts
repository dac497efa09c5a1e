import { describe, expect, it } from 'vitest';
import {
  apaDate,
  apaPeople,
  apaSegments,
  apaText,
  bibtex,
  bibtexEscape,
  localToday,
  resourceCitable,
  ris,
  stageCitable,
  withAccessDate,
  type Citable,
} from '../../src/lib/links/citation';

const accessed = new Date(Date.UTC(2026, 10, 23));
const item: Citable = {
  id: 'art-and-public-health',
  title: 'Art and Public Health',
  author: 'University of Arizona Mel & Enid Zuckerman College of Public Health',
  year: 2023,
  medium: 'Podcast',
  site: 'Alliance Pathways',
  url: 'https://moodle.example.edu/course/info.php?id=480',
  abstract: 'A conversation\nabout art.',
  accessed,
};

describe('APA text', () => {
  it('follows author, year, italic title, medium, retrieval date and the work’s own URL', () => {
    expect(apaText(item)).toBe(
      'University of Arizona Mel & Enid Zuckerman College of Public Health. (2023). Art and Public Health [Podcast]. ' +
        'Retrieved November 23, 2026, from https://moodle.example.edu/course/info.php?id=480',
    );
    expect(
      apaSegments(item)
        .filter((segment) => segment.italic)
        .map((segment) => segment.text),
    ).toEqual(['Art and Public Health']);
  });

  it('puts the title first and writes (n.d.) when author and year are unknown', () => {
    const text = apaText({ ...item, author: undefined, year: undefined });
    expect(text).toBe(
      'Art and Public Health [Podcast]. (n.d.). Retrieved November 23, 2026, from https://moodle.example.edu/course/info.php?id=480',
    );
  });

  it('does not repeat the site when it is also the author (stage guidance)', () => {
    const stage = stageCitable('get-ready', 'Stage 1: Get ready', 'Purpose.', 'https://example.org/stages/get-ready/', accessed);
    expect(apaText(stage)).toBe(
      'Alliance Pathways. (n.d.). Stage 1: Get ready [Stage guidance]. Retrieved November 23, 2026, from https://example.org/stages/get-ready/',
    );
  });

  it('keeps accents and quotes as they are, and folds line breaks', () => {
    const text = apaText({ ...item, title: 'Projeto Família:\n"Social" Impact', author: 'Fundação José' });
    expect(text).toContain('Fundação José. (2023). Projeto Família: "Social" Impact [Podcast].');
  });

  it('writes dates the APA way', () => {
    expect(apaDate(new Date(Date.UTC(2027, 0, 5)))).toBe('January 5, 2027');
  });

  it('joins people the APA way', () => {
    expect(apaPeople(['Cohen, L.'])).toBe('Cohen, L.');
    expect(apaPeople(['Lo, K.', 'Lockwood, C.'])).toBe('Lo, K., & Lockwood, C.');
    expect(apaPeople(['Cohen, L.', 'Baer, N.', 'Satterwhite, P.'])).toBe('Cohen, L., Baer, N., & Satterwhite, P.');
  });
});

describe('BibTeX', () => {
  it('escapes TeX specials and keeps accents', () => {
    expect(bibtexEscape('A & B {x} 100% $5 #1 a_b ~ ^ \\ é')).toBe(
      'A \\& B \\{x\\} 100\\% \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} é',
    );
  });

  it('writes a @misc record with braced corporate author and title, url and urldate', () => {
    const text = bibtex(item);
    expect(text.startsWith('@misc{art-and-public-health,\n')).toBe(true);
    expect(text).toContain('  author = {{University of Arizona Mel \\& Enid Zuckerman College of Public Health}},');
    expect(text).toContain('  title = {{Art and Public Health}},');
    expect(text).toContain('  year = {2023},');
    expect(text).toContain('  url = {https://moodle.example.edu/course/info.php?id=480},');
    expect(text).toContain('  urldate = {2026-11-23},');
    expect(text).not.toContain('note =');
    expect(text).toContain('  abstract = {A conversation about art.},');
    expect(text.trimEnd().endsWith('}')).toBe(true);
  });

  it('never lets a field value unbalance the braces', () => {
    const hostile = bibtex({ ...item, title: 'Evil } @misc{x, title={y', author: 'A {B', abstract: 'line one\nline two }' });
    let depth = 0;
    for (let index = 0; index < hostile.length; index += 1) {
      const char = hostile[index];
      if (hostile[index - 1] === '\\') continue;
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(hostile.match(/^@/gm)).toHaveLength(1);
  });

  it('leaves out author, year and note when they are unknown', () => {
    const text = bibtex({ ...item, author: undefined, year: undefined });
    expect(text).not.toMatch(/author|year|note/);
  });
});

describe('RIS', () => {
  it('writes one tag per line with CRLF, ending in ER', () => {
    const text = ris(item);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('TI  - Art and Public Health');
    expect(lines).toContain('AU  - University of Arizona Mel & Enid Zuckerman College of Public Health');
    expect(lines).toContain('PY  - 2023');
    expect(lines).toContain('UR  - https://moodle.example.edu/course/info.php?id=480');
    expect(lines).toContain('Y2  - 2026/11/23');
    expect(lines.some((line) => line.startsWith('N1'))).toBe(false);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('folds a newline in a value so it cannot start a fake tag', () => {
    const text = ris({ ...item, title: 'Title\nER  - \nTY  - JOUR' });
    expect(text.split('\r\n').filter((line) => line.startsWith('ER'))).toHaveLength(1);
  });
});

describe('access dates', () => {
  it('replaces only the access date of a downloaded file', () => {
    const later = new Date(Date.UTC(2030, 1, 3));
    const bib = bibtex(item);
    expect(withAccessDate(bib, 'bib', later)).toBe(bib.replace('urldate = {2026-11-23}', 'urldate = {2030-02-03}'));
    const risText = ris(item);
    expect(withAccessDate(risText, 'ris', later)).toBe(risText.replace('Y2  - 2026/11/23', 'Y2  - 2030/02/03'));
  });

  it('takes today from the reader’s own calendar', () => {
    const lateEvening = new Date(2026, 10, 23, 23, 30);
    expect(localToday(lateEvening).toISOString().slice(0, 10)).toBe('2026-11-23');
  });
});

describe('citations of entries', () => {
  it('uses a confirmed publisher as the author, and never an inferred one', () => {
    const data = { title: 'T', summary: 'S', publisher: 'P', year: 2020, url: 'https://x.example/' };
    expect(resourceCitable('t', data, 'Guide', 'https://site/resources/t/', accessed).author).toBe('P');
    expect(
      resourceCitable('t', { ...data, publisherInferred: true }, 'Guide', 'https://site/resources/t/', accessed).author,
    ).toBeUndefined();
  });

  it('cites a publisher’s page that only names the work as “listed”, not as the work’s address', () => {
    const data = { title: 'T', summary: 'S', publisher: 'P', url: 'https://p.example/news', linkKind: 'publisher-page' as const };
    const citable = resourceCitable('t', data, 'Guide', 'https://site/resources/t/', accessed);
    expect(citable).toMatchObject({ url: 'https://site/resources/t/', listed: true });
  });
});

/**
 * Hand-checked references: each expected string was written out by hand from the APA 7 rules for a
 * report, a webinar, a case study, a journal article with a DOI and a work with no address of its own,
 * then compared with what the code produces. They are fixtures, not the catalogue's entries.
 */
describe('hand-checked references', () => {
  const permanent = (id: string) => `https://alliance-pathways.example.org/resources/${id}/`;
  const cite = (id: string, data: Parameters<typeof resourceCitable>[1], medium: string) =>
    resourceCitable(id, data, medium, permanent(id), accessed);

  const report = cite(
    'communities-in-action',
    {
      title: 'Communities in Action: Pathways to Health Equity',
      summary: 'A national report on health equity.',
      publisher: 'National Academies of Sciences, Engineering, and Medicine',
      year: 2017,
      url: 'https://www.nap.edu/read/24624/chapter/1',
    },
    'Report',
  );
  const webinar = cite(
    'fostering-partnerships',
    {
      title: 'Fostering Partnerships for Equity',
      summary: 'A recorded session.',
      authors: ['Smith, M.', 'Lee, A. B.'],
      publisher: 'Example Health Institute',
      year: 2021,
      url: 'https://example.org/webinars/fostering?id=7',
    },
    'Webinar',
  );
  const caseStudy = cite(
    'projeto-familia',
    {
      title: 'Projeto Família: a social impact bond in Porto',
      summary: 'An outcomes contract.',
      publisher: 'EuroHealthNet',
      year: 2017,
      url: 'https://health-inequalities.eu/financing-e-guide/portugals-projeto-familia-social-impact-bond/',
    },
    'Case study',
  );
  const unlinked = cite(
    'kern-county',
    {
      title: 'Kern County Health Equity Partnership’s Subcommittee Day',
      summary: 'A county example.',
      publisher: 'Kern County Public Health',
    },
    'County example',
  );
  const article = cite(
    'place-based',
    {
      title: 'Improving cross-sector collaborations in place-based population health projects',
      summary: 'A framework.',
      authors: ['Lo, K.', 'Lockwood, C.'],
      publisher: 'Public Health in Practice',
      year: 2022,
      url: 'https://doi.org/10.1016/j.puhip.2022.100285',
      linkKind: 'doi',
    },
    'Article',
  );

  it('APA', () => {
    expect(apaText(report)).toBe(
      'National Academies of Sciences, Engineering, and Medicine. (2017). Communities in Action: Pathways to Health Equity [Report]. ' +
        'Retrieved November 23, 2026, from https://www.nap.edu/read/24624/chapter/1',
    );
    expect(apaText(webinar)).toBe(
      'Smith, M., & Lee, A. B. (2021). Fostering Partnerships for Equity [Webinar]. Example Health Institute. ' +
        'Retrieved November 23, 2026, from https://example.org/webinars/fostering?id=7',
    );
    expect(apaText(caseStudy)).toBe(
      'EuroHealthNet. (2017). Projeto Família: a social impact bond in Porto [Case study]. ' +
        'Retrieved November 23, 2026, from https://health-inequalities.eu/financing-e-guide/portugals-projeto-familia-social-impact-bond/',
    );
    expect(apaText(unlinked)).toBe(
      'Kern County Public Health. (n.d.). Kern County Health Equity Partnership’s Subcommittee Day [County example]. Listed in Alliance Pathways. ' +
        'Retrieved November 23, 2026, from https://alliance-pathways.example.org/resources/kern-county/',
    );
    expect(apaText(article)).toBe(
      'Lo, K., & Lockwood, C. (2022). Improving cross-sector collaborations in place-based population health projects [Article]. ' +
        'Public Health in Practice. https://doi.org/10.1016/j.puhip.2022.100285',
    );
  });

  it('BibTeX', () => {
    expect(bibtex(report)).toBe(
      [
        '@misc{communities-in-action,',
        '  author = {{National Academies of Sciences, Engineering, and Medicine}},',
        '  title = {{Communities in Action: Pathways to Health Equity}},',
        '  year = {2017},',
        '  howpublished = {Report},',
        '  url = {https://www.nap.edu/read/24624/chapter/1},',
        '  urldate = {2026-11-23},',
        '  abstract = {A national report on health equity.},',
        '}',
        '',
      ].join('\n'),
    );
    expect(bibtex(webinar)).toBe(
      [
        '@misc{fostering-partnerships,',
        '  author = {Smith, M. and Lee, A. B.},',
        '  title = {{Fostering Partnerships for Equity}},',
        '  year = {2021},',
        '  howpublished = {Webinar},',
        '  organization = {Example Health Institute},',
        '  url = {https://example.org/webinars/fostering?id=7},',
        '  urldate = {2026-11-23},',
        '  abstract = {A recorded session.},',
        '}',
        '',
      ].join('\n'),
    );
    expect(bibtex(caseStudy)).toContain(
      '  author = {{EuroHealthNet}},\n  title = {{Projeto Família: a social impact bond in Porto}},\n  year = {2017},\n  howpublished = {Case study},\n',
    );
    expect(bibtex(unlinked)).toBe(
      [
        '@misc{kern-county,',
        '  author = {{Kern County Public Health}},',
        '  title = {{Kern County Health Equity Partnership’s Subcommittee Day}},',
        '  howpublished = {County example},',
        '  url = {https://alliance-pathways.example.org/resources/kern-county/},',
        '  urldate = {2026-11-23},',
        '  note = {Listed in Alliance Pathways},',
        '  abstract = {A county example.},',
        '}',
        '',
      ].join('\n'),
    );
    expect(bibtex(article)).toContain('  author = {Lo, K. and Lockwood, C.},');
    expect(bibtex(article)).toContain('  doi = {10.1016/j.puhip.2022.100285},\n  url = {https://doi.org/10.1016/j.puhip.2022.100285},');
  });

  it('RIS', () => {
    const lines = (text: string) => text.split('\r\n');
    expect(lines(ris(report))).toEqual([
      'TY  - ELEC',
      'TI  - Communities in Action: Pathways to Health Equity',
      'AU  - National Academies of Sciences, Engineering, and Medicine',
      'PY  - 2017',
      'M3  - Report',
      'UR  - https://www.nap.edu/read/24624/chapter/1',
      'Y2  - 2026/11/23',
      'AB  - A national report on health equity.',
      'ER  - ',
      '',
    ]);
    expect(lines(ris(webinar))).toEqual([
      'TY  - ELEC',
      'TI  - Fostering Partnerships for Equity',
      'AU  - Smith, M.',
      'AU  - Lee, A. B.',
      'PY  - 2021',
      'M3  - Webinar',
      'PB  - Example Health Institute',
      'UR  - https://example.org/webinars/fostering?id=7',
      'Y2  - 2026/11/23',
      'AB  - A recorded session.',
      'ER  - ',
      '',
    ]);
    expect(lines(ris(caseStudy))).toContain(
      'UR  - https://health-inequalities.eu/financing-e-guide/portugals-projeto-familia-social-impact-bond/',
    );
    expect(lines(ris(unlinked))).toEqual([
      'TY  - ELEC',
      'TI  - Kern County Health Equity Partnership’s Subcommittee Day',
      'AU  - Kern County Public Health',
      'M3  - County example',
      'UR  - https://alliance-pathways.example.org/resources/kern-county/',
      'Y2  - 2026/11/23',
      'N1  - Listed in Alliance Pathways',
      'AB  - A county example.',
      'ER  - ',
      '',
    ]);
    expect(lines(ris(article))).toEqual(
      expect.arrayContaining(['AU  - Lo, K.', 'AU  - Lockwood, C.', 'DO  - 10.1016/j.puhip.2022.100285']),
    );
  });
});
