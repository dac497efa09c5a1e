import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/editing/content-files';
import { BODY_PLACEHOLDER, entryFileText, FIELD_ORDER, frontmatterYaml, optionalFieldHints } from '../../src/lib/editing/entry-writer';
import { resourceSchema } from '../../src/schemas/resource';
import { RESOURCE_TYPES } from '../../src/lib/model/vocabularies';
import { caseStudyInput, guideInput, webinarInput } from '../helpers/resource-input';

/** Writes, reads back with the build's own reader and schema. */
function roundTrip(frontmatter: Record<string, unknown>, body = 'Body text.') {
  const split = splitFrontmatter(entryFileText(frontmatter, body));
  if ('error' in split) throw new Error(split.error);
  return { data: resourceSchema.parse(split.frontmatter), raw: split.frontmatter, body: split.body };
}

describe('entryFileText', () => {
  it('writes what goes in: every kind of entry reads back to the same data', () => {
    for (const input of [
      guideInput(),
      webinarInput(),
      caseStudyInput(),
      guideInput({ source: { import: 'list.csv', line: 7 } }),
      guideInput({ source: { editor: true } }),
    ]) {
      expect(roundTrip(input).data).toEqual(resourceSchema.parse(input));
    }
  });

  it('keeps awkward text exactly: quotes, colons, hashes, leading dashes, YAML keywords, Unicode', () => {
    const awkward = [
      'Partners: "Who" & Why #1',
      '- not a list item',
      'yes',
      'null',
      '2019',
      "It's 100% 'quoted'",
      '@home visiting: a practical look',
      'Health — équité 健康 🙂',
      '{ not: a map }',
      '[not, a, list]',
      '*bold?* !tag |pipe >fold',
    ];
    for (const title of awkward) {
      const { data, raw } = roundTrip(guideInput({ title, publisher: title }));
      expect(data.title).toBe(title);
      expect((raw as Record<string, unknown>).publisher).toBe(title);
    }
  });

  it('writes fields in the schema order, lists of ids on one line, the summary folded', () => {
    const text = entryFileText(caseStudyInput({ url: 'https://example.org/x' }), 'Body.');
    const keys = [...text.matchAll(/^([a-zA-Z]+):/gm)].map((match) => match[1]);
    const expected = FIELD_ORDER.filter((key) => keys.includes(key));
    expect(keys.filter((key) => (FIELD_ORDER as readonly string[]).includes(key as string))).toEqual(expected);
    expect(text).toMatch(/^stages: \[build-the-alliance\]$/m);
    expect(text).toMatch(/^sectors: \[public-health, community\]$/m);
    expect(text).toMatch(/^summary: >-$/m);
    expect(text).toMatch(/^ {2}- \{ ?name: Kern County, region: California, country: United States ?\}$/m);
  });

  it('leaves out undefined fields and ends with the body', () => {
    const text = entryFileText(guideInput({ format: undefined, year: undefined }), '\nThe body.\n\n');
    expect(text).not.toMatch(/format:|year:/);
    expect(text.endsWith('---\nThe body.\n')).toBe(true);
  });

  it('writes an empty body as nothing after the frontmatter', () => {
    expect(entryFileText(guideInput(), '   ').endsWith('---\n')).toBe(true);
  });

  it('frontmatterYaml writes added as a plain date, as the existing entries do', () => {
    expect(frontmatterYaml(guideInput())).toMatch(/^added: 2026-11-23$/m);
  });
});

describe('optionalFieldHints', () => {
  it('offers duration and certificate only to media types, places only to place types', () => {
    for (const type of RESOURCE_TYPES) {
      const hints = optionalFieldHints(type).join('\n');
      expect(hints.includes('durationMinutes'), type).toBe(['training', 'webinar', 'podcast'].includes(type));
      expect(hints.includes('places:'), type).toBe(['case-study', 'county-example', 'initiative'].includes(type));
    }
  });

  it('skips fields the entry already has, and every hint is a comment', () => {
    const hints = optionalFieldHints('webinar', { year: 2020, durationMinutes: 30 });
    expect(hints.join('\n')).not.toMatch(/year:|durationMinutes/);
    expect(hints.every((line) => line.startsWith('#'))).toBe(true);
  });

  it('keeps the file valid: hints and the placeholder body do not change the data', () => {
    const input = webinarInput({ durationMinutes: undefined });
    const split = splitFrontmatter(entryFileText(input, BODY_PLACEHOLDER, optionalFieldHints('webinar', input)));
    if ('error' in split) throw new Error(split.error);
    expect(resourceSchema.parse(split.frontmatter)).toEqual(resourceSchema.parse(input));
  });
});
