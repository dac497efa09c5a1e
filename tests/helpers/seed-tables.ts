/**
 * Reads the resource tables of a seed document written as pipe tables
 * ("Type | Title | Description |"), as seed 001 is. Used to prove every row has an entry.
 */

export interface SeedRow {
  /** 1-based position of the row among all rows of all tables. */
  row: number;
  type: string;
  title: string;
  description: string;
}

const HEADER = /^Type\s*\|\s*Title\s*\|\s*Description\s*\|?\s*$/;
const RULE = /^-{3}\|/;

export function parseSeedTables(text: string): SeedRow[] {
  const rows: SeedRow[] = [];
  let inTable = false;
  for (const line of text.split(/\r?\n/)) {
    if (HEADER.test(line)) {
      inTable = true;
      continue;
    }
    if (!inTable || RULE.test(line)) continue;
    const cells = line.split('|');
    if (cells.length < 3) {
      inTable = false;
      continue;
    }
    const [type = '', title = '', ...rest] = cells;
    rows.push({
      row: rows.length + 1,
      type: type.trim(),
      title: title.trim(),
      description: rest
        .join('|')
        .replace(/\|\s*$/, '')
        .trim(),
    });
  }
  return rows;
}
