/**
 * Writes an entry's Markdown file: YAML frontmatter in the order and style of the existing entries,
 * then the body. Used by `npm run new` and `npm run import`; the text it makes is read back by
 * splitFrontmatter and the same schema, so anything it writes parses to exactly what went in.
 */
import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';
import { MEDIA_TYPES, PLACE_TYPES, type ResourceType } from '../model/vocabularies';

/** Frontmatter keys in the order an editor reads them (the order of src/schemas/resource.ts). */
export const FIELD_ORDER = [
  'type',
  'title',
  'summary',
  'stages',
  'sectors',
  'topics',
  'format',
  'audience',
  'publisher',
  'publisherInferred',
  'year',
  'url',
  'provenance',
  'durationMinutes',
  'certificate',
  'places',
  'partners',
  'financing',
  'source',
  'added',
  'lastChecked',
] as const;

/** Lists of short vocabulary ids, written on one line: `stages: [get-ready, align-value]`. */
const FLOW_LISTS = new Set(['stages', 'sectors', 'topics', 'audience', 'partners']);

/**
 * The body `npm run new` writes until the editor replaces it. The integrity check (src/lib/editing/integrity.ts)
 * refuses to build while an entry still holds it.
 */
export const BODY_PLACEHOLDER_MARK = 'REPLACE THIS PARAGRAPH';
export const BODY_PLACEHOLDER = [
  `${BODY_PLACEHOLDER_MARK}: write two to four short paragraphs in your own words: what is inside the resource,`,
  'who it suits, how a partnership might use it, and any honest caveat (for example, that you could not find',
  'a stable link). Plain Markdown only, no HTML. The build stops until this paragraph is gone.',
].join('\n');

/** Commented-out examples of the optional fields a type may carry, so an editor sees what fits. */
const OPTIONAL_FIELD_EXAMPLES: ReadonlyArray<readonly [field: string, lines: string, types?: readonly ResourceType[]]> = [
  ['format', '# format: web-page              # one of FORMATS in src/lib/model/vocabularies.ts'],
  ['audience', '# audience: [practitioners]'],
  ['publisher', '# publisher: Name of the publisher'],
  ['year', '# year: 2024'],
  ['url', '# url: https://example.org/…   # only an address you have checked is the resource itself'],
  ['durationMinutes', '# durationMinutes: 45', MEDIA_TYPES],
  ['certificate', '# certificate: true', MEDIA_TYPES],
  ['places', '# places:\n#   - { name: Kern County, region: California, country: United States }', PLACE_TYPES],
  ['partners', '# partners: [Name of a partner organisation]', PLACE_TYPES],
  ['financing', '# financing: Social impact bond', PLACE_TYPES],
];

/** Comment lines showing the optional fields of `type` that the entry does not have yet. */
export function optionalFieldHints(type: ResourceType, frontmatter: Record<string, unknown> = {}): string[] {
  const missing = OPTIONAL_FIELD_EXAMPLES.filter(
    ([field, , types]) => frontmatter[field] === undefined && (!types || types.includes(type)),
  );
  if (missing.length === 0) return [];
  return [
    '# Optional: remove the # to use a field, and only when a source states it (leave it out rather than guess).',
    ...missing.flatMap(([, lines]) => lines.split('\n')),
  ];
}

/** Puts the keys in FIELD_ORDER, keeping any others after them, and drops undefined values. */
function ordered(frontmatter: Record<string, unknown>): Record<string, unknown> {
  const keys = [
    ...FIELD_ORDER.filter((key) => key in frontmatter),
    ...Object.keys(frontmatter).filter((key) => !(FIELD_ORDER as readonly string[]).includes(key)),
  ];
  return Object.fromEntries(keys.filter((key) => frontmatter[key] !== undefined).map((key) => [key, frontmatter[key]]));
}

/** The frontmatter as YAML text (without the --- lines). */
export function frontmatterYaml(frontmatter: Record<string, unknown>): string {
  const document = new Document(ordered(frontmatter));
  const root = document.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (FLOW_LISTS.has(key) && isSeq(pair.value)) pair.value.flow = true;
      if (key === 'summary' && isScalar(pair.value)) pair.value.type = Scalar.BLOCK_FOLDED;
      if (key === 'places' && isSeq(pair.value)) {
        for (const place of pair.value.items) if (isMap(place)) place.flow = true;
      }
    }
  }
  return document.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}

/** The whole file: frontmatter between --- lines, optional commented hints, a blank line, the body. */
export function entryFileText(frontmatter: Record<string, unknown>, body: string, hints: readonly string[] = []): string {
  const yaml = frontmatterYaml(frontmatter).trimEnd();
  const hintText = hints.length > 0 ? `\n${hints.join('\n')}` : '';
  const trimmedBody = body.trim();
  return `---\n${yaml}${hintText}\n---\n${trimmedBody.length > 0 ? `${trimmedBody}\n` : ''}`;
}
