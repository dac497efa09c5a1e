/**
 * Reads vocabulary values as people type them in a spreadsheet or at a prompt: the id
 * ("public-health"), the label ("Public health"), any letter case, and for stages the number
 * ("3", "Stage 3"). Every name comes from src/lib/model/vocabularies.ts, so there is one source of truth.
 */
import {
  RESOURCE_TYPE_TERMS,
  RESOURCE_TYPES,
  STAGE_IDS,
  STAGE_TERMS,
  VOCABULARY_IDS,
  VOCABULARY_TERMS,
  type Term,
  type VocabularyName,
} from '../model/vocabularies';

export interface Vocabulary {
  /** What one value is called in messages ("stage", "sector"). */
  noun: string;
  /** The allowed ids, in the vocabulary's order. */
  ids: readonly string[];
  /** Every way of writing each id that we accept (before normalising). */
  names: (id: string) => string[];
  /** The label shown in messages and prompts. */
  label: (id: string) => string;
}

/** A vocabulary written by its id or its label (sectors, topics, formats…). */
function byIdOrLabel(name: VocabularyName, noun: string = name): Vocabulary {
  const terms = VOCABULARY_TERMS[name] as Record<string, Term>;
  return { noun, ids: VOCABULARY_IDS[name], names: (id) => [id, terms[id]!.label], label: (id) => terms[id]!.label };
}

export const VOCABULARIES = {
  type: {
    noun: 'type',
    ids: RESOURCE_TYPES,
    names: (id) => [
      id,
      RESOURCE_TYPE_TERMS[id as keyof typeof RESOURCE_TYPE_TERMS].label,
      RESOURCE_TYPE_TERMS[id as keyof typeof RESOURCE_TYPE_TERMS].plural,
    ],
    label: (id) => RESOURCE_TYPE_TERMS[id as keyof typeof RESOURCE_TYPE_TERMS].label,
  },
  stage: {
    noun: 'stage',
    ids: STAGE_IDS,
    names: (id) => {
      const term = STAGE_TERMS[id as keyof typeof STAGE_TERMS];
      return [id, term.label, String(term.number), `stage ${term.number}`, `${term.number} ${term.label}`];
    },
    label: (id) => `${STAGE_TERMS[id as keyof typeof STAGE_TERMS].number} ${STAGE_TERMS[id as keyof typeof STAGE_TERMS].label}`,
  },
  sector: byIdOrLabel('sector'),
  topic: byIdOrLabel('topic'),
  format: byIdOrLabel('format'),
  provenance: byIdOrLabel('provenance', 'kind of publisher (provenance)'),
  audience: byIdOrLabel('audience'),
} satisfies Record<string, Vocabulary>;

/** Case, accents, apostrophes, "&", hyphens and spacing do not matter when matching a name. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[\s_\-–—.:]+/g, ' ')
    .trim();
}

const lookupTables = new WeakMap<Vocabulary, Map<string, string>>();
function lookup(vocabulary: Vocabulary): Map<string, string> {
  let table = lookupTables.get(vocabulary);
  if (!table) {
    table = new Map();
    for (const id of vocabulary.ids) for (const name of vocabulary.names(id)) table.set(normaliseName(name), id);
    lookupTables.set(vocabulary, table);
  }
  return table;
}

export type Match<T> = { ok: true; value: T } | { ok: false; message: string };

/** "use one of: Public health, Health care, …" */
export function allowedValues(vocabulary: Vocabulary): string {
  return vocabulary.ids.map((id) => vocabulary.label(id)).join(', ');
}

/**
 * A value typed by someone else, safe to print in a message: in quotes, cut to `max` characters,
 * with control characters (which could drive a terminal) shown as \u escapes.
 */
export function quoted(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  const visible = cut.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${visible}"`;
}

/** Ids already found for a typed text, per vocabulary: a spreadsheet repeats the same few values. */
const typedCache = new WeakMap<Vocabulary, Map<string, string | undefined>>();

/** Reads one value; the message names what was typed and lists what is allowed. */
export function matchTerm(vocabulary: Vocabulary, text: string): Match<string> {
  let cache = typedCache.get(vocabulary);
  if (!cache) typedCache.set(vocabulary, (cache = new Map()));
  if (!cache.has(text) && cache.size < 10_000) cache.set(text, lookup(vocabulary).get(normaliseName(text)));
  const id = cache.has(text) ? cache.get(text) : lookup(vocabulary).get(normaliseName(text));
  if (id !== undefined) return { ok: true, value: id };
  return { ok: false, message: `${quoted(text)} is not a ${vocabulary.noun} we know; use one of: ${allowedValues(vocabulary)}` };
}

/** Splits a cell holding several values: "Public health | Housing" or "public-health; housing". */
export function splitList(text: string, separators: RegExp = /[|;]/): string[] {
  return text
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Reads several values; every unknown one is reported, and a repeated one is kept once. */
export function matchList(vocabulary: Vocabulary, text: string, separators?: RegExp): Match<string[]> {
  const values: string[] = [];
  const errors: string[] = [];
  for (const part of splitList(text, separators)) {
    const match = matchTerm(vocabulary, part);
    if (match.ok) {
      if (!values.includes(match.value)) values.push(match.value);
    } else errors.push(match.message);
  }
  if (errors.length > 0) return { ok: false, message: errors.join('; ') };
  return { ok: true, value: values };
}
