import { describe, expect, it } from 'vitest';
import {
  apaDate,
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
} from '../../src/lib/citation';

const accessed = new Date(Date.UTC(2026, 10, 23));
const item: Citable = {
  id: 'art-and-public-health',
  title: 'Art and Public Health',
  author: 'University of Arizona Mel & Enid Zuckerman College of Public Health',
  year: 2023,
  medium: 'Podcast',
  site: 'Alliance Pathways',
  url: 'https://example.org/resources/art-and-public-health/',
  originalUrl: 'https://moodle.example.edu/course/info.php?id=480',
  abstract: 'A conversation\nabout art.',
  accessed,
};

describe('APA text', () => {
  it('follows author, year, italic title, medium, site, retrieval date and URL', () => {
    expect(apaText(item)).toBe(
      'University of Arizona Mel & Enid Zuckerman College of Public Health. (2023). Art and Public Health [Podcast]. Alliance Pathways. ' +
        'Retrieved November 23, 2026, from https://example.org/resources/art-and-public-health/. Original: https://moodle.example.edu/course/info.php?id=480',
    );
    expect(apaSegments(item).filter((segment) => segment.italic).map((segment) => segment.text)).toEqual(['Art and Public Health']);
  });

  it('puts the title first and writes (n.d.) when author and year are unknown', () => {
    const text = apaText({ ...item, author: undefined, year: undefined, originalUrl: undefined });
    expect(text).toBe('Art and Public Health [Podcast]. (n.d.). Alliance Pathways. Retrieved November 23, 2026, from https://example.org/resources/art-and-public-health/');
  });

  it('does not repeat the site when it is also the author (stage guidance)', () => {
    const stage = stageCitable('get-ready', 'Stage 1: Get ready', 'Purpose.', 'https://example.org/stages/get-ready/', accessed);
    expect(apaText(stage)).toBe('Alliance Pathways. (n.d.). Stage 1: Get ready [Stage guidance]. Retrieved November 23, 2026, from https://example.org/stages/get-ready/');
  });

  it('keeps accents and quotes as they are, and folds line breaks', () => {
    const text = apaText({ ...item, title: 'Projeto Família:\n"Social" Impact', author: 'Fundação José' });
    expect(text).toContain('Fundação José. (2023). Projeto Família: "Social" Impact [Podcast].');
  });

  it('writes dates the APA way', () => {
    expect(apaDate(new Date(Date.UTC(2027, 0, 5)))).toBe('January 5, 2027');
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
    expect(text).toContain('  url = {https://example.org/resources/art-and-public-health/},');
    expect(text).toContain('  urldate = {2026-11-23},');
    expect(text).toContain('  note = {Original: \\url{https://moodle.example.edu/course/info.php?id=480}},');
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
    const text = bibtex({ ...item, author: undefined, year: undefined, originalUrl: undefined });
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
    expect(lines).toContain('UR  - https://example.org/resources/art-and-public-health/');
    expect(lines).toContain('Y2  - 2026/11/23');
    expect(lines).toContain('N1  - Original: https://moodle.example.edu/course/info.php?id=480');
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
    expect(resourceCitable('t', { ...data, publisherInferred: true }, 'Guide', 'https://site/resources/t/', accessed).author).toBeUndefined();
  });
});
