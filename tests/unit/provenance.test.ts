import { describe, expect, it } from 'vitest';
import { describeSource, sourceKey } from '../../src/lib/catalogue/provenance';
import { sourceRecordSchema } from '../../src/schemas/resource';
import { SEED_TERMS } from '../../src/lib/model/vocabularies';

const seed = sourceRecordSchema.parse({ seed: '001_15e02f496da4d3dc.txt', title: 'Suistain It', type: 'Guides' });
const imported = sourceRecordSchema.parse({ import: 'partners.csv', line: 12 });
const editor = sourceRecordSchema.parse({ editor: true });

describe('describeSource', () => {
  it('names the seed document by its title and publisher, never its file, with the original title, type and notes', () => {
    const noted = sourceRecordSchema.parse({
      seed: '001_15e02f496da4d3dc.txt',
      title: 'Suistain It',
      type: 'Guides',
      notes: ['The source spells it “Suistain”.'],
    });
    expect(describeSource(noted)).toEqual({
      listedIn: `${SEED_TERMS['001_15e02f496da4d3dc.txt'].label} (${SEED_TERMS['001_15e02f496da4d3dc.txt'].publisher})`,
      originalTitle: 'Suistain It',
      listedAs: 'Guides',
      notes: ['The source spells it “Suistain”.'],
    });
    expect(JSON.stringify(describeSource(seed))).not.toContain('.txt');
  });

  it('says an entry came from a spreadsheet without naming the working file', () => {
    expect(describeSource(imported)).toEqual({ listedIn: 'A spreadsheet imported by the catalogue’s editors', notes: [] });
  });

  it('says an editor added it', () => {
    expect(describeSource(editor).listedIn).toMatch(/editors/);
  });
});

describe('sourceKey', () => {
  it('identifies a seed row or a spreadsheet line; editor entries have no shared record', () => {
    expect(sourceKey(seed)).not.toBe(sourceKey(imported));
    expect(sourceKey(imported)).toBe(sourceKey(sourceRecordSchema.parse({ import: 'partners.csv', line: 12 })));
    expect(sourceKey(imported)).not.toBe(sourceKey(sourceRecordSchema.parse({ import: 'partners.csv', line: 13 })));
    expect(sourceKey(editor)).toBeUndefined();
  });
});
