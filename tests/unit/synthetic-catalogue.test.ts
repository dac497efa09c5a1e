import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/editing/content-files';
import { resourceSchema } from '../../src/schemas/resource';
import { syntheticCatalogue } from '../../scripts/bench/synthetic-catalogue';
import { RESOURCE_TYPES } from '../../src/lib/model/vocabularies';

describe('syntheticCatalogue', () => {
  const entries = syntheticCatalogue(200, 7);

  it('generates valid entries of every type with distinct ids', () => {
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(200);
    const types = new Set<string>();
    for (const entry of entries) {
      const split = splitFrontmatter(entry.text);
      if ('error' in split) throw new Error(split.error);
      const parsed = resourceSchema.safeParse(split.frontmatter);
      expect(parsed.error?.issues ?? [], entry.id).toEqual([]);
      types.add(parsed.data!.type);
    }
    expect([...types].sort()).toEqual([...RESOURCE_TYPES].sort());
  });

  it('is deterministic for a seed and varies across seeds', () => {
    expect(syntheticCatalogue(5, 7)).toEqual(syntheticCatalogue(5, 7));
    expect(syntheticCatalogue(5, 8)).not.toEqual(syntheticCatalogue(5, 7));
  });
});
