import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedTables } from '../helpers/seed-tables';
import { seededResources } from '../helpers/real-content';
import { projectRoot } from '../helpers/content-root';

const seedText = (file: string) => readFileSync(join(projectRoot, 'seeds', file), 'utf8');
const entriesFrom = (seed: string) => seededResources.filter((entry) => entry.source.seed === seed);

describe('seed 001: every row of its three tables has an entry', () => {
  const seed = '001_15e02f496da4d3dc.txt';
  const rows = parseSeedTables(seedText(seed));

  it('has the 35 rows the tables hold', () => {
    expect(rows).toHaveLength(35);
  });

  it.each(rows.map((row) => [row.row, row.title, row.type] as const))('row %i "%s" (%s)', (_row, title, type) => {
    const matches = entriesFrom(seed).filter((entry) => entry.source.title === title);
    expect(matches.map((entry) => entry.id)).toHaveLength(1);
    expect(matches[0]?.source.type).toBe(type);
  });

  it('has no entry claiming a row that is not in the tables', () => {
    const titles = new Set(rows.map((row) => row.title));
    expect(entriesFrom(seed).filter((entry) => !titles.has(entry.source.title)).map((entry) => entry.file)).toEqual([]);
  });
});

describe('seeds 000, 002 and 003: every named case study and organisation has an entry', () => {
  const named: Array<[seed: string, title: string]> = [
    ['000_5ba3dc72bf50a3a6.txt', 'Portugal’s projeto família social impact bond'],
    ['000_5ba3dc72bf50a3a6.txt', 'The Brabant Outcomes Fund'],
    ['002_89e5753b38fb0838.txt', 'CARDIO4Cities'],
    ['003_a333432aded549f9.txt', 'Democracy Collaborative'],
    ['003_a333432aded549f9.txt', 'America’s Essential Hospitals'],
    ['003_a333432aded549f9.txt', 'County Health Rankings'],
    ['003_a333432aded549f9.txt', 'Build Health Challenge'],
    ['003_a333432aded549f9.txt', 'Invest Health'],
    ['003_a333432aded549f9.txt', 'State Health Value Strategies'],
    ['003_a333432aded549f9.txt', 'Moving Health Care Upstream'],
    ['003_a333432aded549f9.txt', 'Rethink (Venture Project)'],
  ];

  it.each(named)('%s names "%s"', (seed, title) => {
    // The source record must quote the seed exactly, so the title must appear in the seed text…
    expect(seedText(seed)).toContain(title);
    // …and exactly one entry must be made from it.
    expect(entriesFrom(seed).filter((entry) => entry.source.title === title)).toHaveLength(1);
  });

  it('lists all eight organisations that seed 003 names, and no more', () => {
    const text = seedText('003_a333432aded549f9.txt');
    const listed = text
      .slice(text.indexOf('Other Organizations Exploring this Element'))
      .split('\n')
      .map((line) => line.replace(/^\s*•\s*/, '').trim())
      .filter((line, index, lines) => index > 0 && lines[index - 1] !== undefined && line.length > 0 && line.length < 40);
    expect(listed).toHaveLength(8);
    expect(entriesFrom('003_a333432aded549f9.txt').map((entry) => entry.source.title).sort()).toEqual([...listed].sort());
  });
});

describe('source records quote their seed exactly', () => {
  it.each(seededResources.map((entry) => [entry.id, entry.source.seed, entry.source.title] as const))(
    '%s',
    (_id, seed, title) => {
      expect(seedText(seed)).toContain(title);
    },
  );
});
