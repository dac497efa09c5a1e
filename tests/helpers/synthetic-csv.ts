/** A spreadsheet of `count` valid, varied rows, for the importer's scale test and benchmark. */
import { RESOURCE_TYPE_TERMS, SECTOR_TERMS, SECTORS, STAGE_IDS, TOPICS } from '../../src/lib/model/vocabularies';

const TYPES = ['Guide', 'Webinar', 'Case study', 'Framework', 'Training'] as const;

export function syntheticCsv(count: number, delimiter: ',' | ';' = ','): string {
  const lines = [
    ['type', 'title', 'summary', 'stages', 'sectors', 'topics', 'provenance', 'year', 'url', 'duration', 'place'].join(delimiter),
  ];
  for (let index = 0; index < count; index += 1) {
    const type = TYPES[index % TYPES.length] as (typeof TYPES)[number];
    const isMedia = type === 'Webinar' || type === 'Training';
    const cells = [
      type,
      `Synthetic Resource R${index}`,
      `"Synthetic entry number ${index}, made to test the importer at scale; it says, in a sentence, what a practitioner would find."`,
      `${(index % 7) + 1}|${STAGE_IDS[(index + 3) % 7]}`,
      `${SECTOR_TERMS[SECTORS[index % SECTORS.length] as keyof typeof SECTOR_TERMS].label}`,
      TOPICS[index % TOPICS.length],
      'Non-profit',
      String(2000 + (index % 25)),
      `https://example.org/resources/${index}`,
      isMedia ? String(30 + (index % 60)) : '',
      type === 'Case study' ? '"Springfield, Oregon, United States"' : '',
    ];
    lines.push(cells.join(delimiter));
  }
  return `${lines.join('\n')}\n`;
}

/** Resource types the synthetic rows use, for checking what was written. */
export const SYNTHETIC_TYPE_LABELS = TYPES.map((label) => label.toLowerCase());
export { RESOURCE_TYPE_TERMS };
