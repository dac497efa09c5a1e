/**
 * Says in words where an entry came from, for the provenance note on its page.
 * An entry is made from a seed document, imported from a spreadsheet row, or written by an editor
 * (see sourceRecordSchema in src/schemas/resource.ts).
 */
import type { SourceRecord } from '../../schemas/resource';
import { SEED_TERMS } from '../model/vocabularies';

export interface SourceDescription {
  /** Where the entry was listed or how it arrived ("Partners Across Sectors quick guide (…)"). Never a file name. */
  listedIn: string;
  /** The title exactly as the seed wrote it; seed entries only. */
  originalTitle?: string;
  /** The type or section the seed placed it under; seed entries only. */
  listedAs?: string;
  /** Cataloguing notes from the source record (original spellings, type corrections, which list named it). */
  notes: string[];
}

export function describeSource(source: SourceRecord): SourceDescription {
  switch (source.kind) {
    case 'seed': {
      const seed = SEED_TERMS[source.seed];
      return { listedIn: `${seed.label} (${seed.publisher})`, originalTitle: source.title, listedAs: source.type, notes: source.notes };
    }
    // The spreadsheet's file name is an internal working file: the public page does not name it.
    case 'import':
      return { listedIn: 'A spreadsheet imported by the catalogue’s editors', notes: source.notes };
    case 'editor':
      return { listedIn: 'Added directly by the catalogue’s editors', notes: source.notes };
  }
}

/** A stable key for "the same source record", so two entries cannot be made from one seed row or spreadsheet line. */
export function sourceKey(source: SourceRecord): string | undefined {
  if (source.kind === 'seed') return `seed\u0000${source.seed}\u0000${source.title}`;
  if (source.kind === 'import') return `import\u0000${source.import}\u0000${source.line}`;
  return undefined;
}
