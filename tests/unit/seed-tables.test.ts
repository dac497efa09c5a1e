import { describe, expect, it } from 'vitest';
import { parseSeedTables } from '../helpers/seed-tables';

const text = `Quick Guide
Intro line.
Type | Title | Description |
---|---|---|
Guides | First | One | with a pipe |
Webinars | Second | Two |
Type | Title | Description |
---|---|---|
Examples | Third | Three |
Trailing prose.`;

describe('parseSeedTables', () => {
  it('reads every row of every table, numbered across tables', () => {
    expect(parseSeedTables(text)).toEqual([
      { row: 1, type: 'Guides', title: 'First', description: 'One | with a pipe' },
      { row: 2, type: 'Webinars', title: 'Second', description: 'Two' },
      { row: 3, type: 'Examples', title: 'Third', description: 'Three' },
    ]);
  });

  it('finds nothing in text without tables', () => {
    expect(parseSeedTables('no tables here')).toEqual([]);
  });
});
