/**
 * Short codes for printed links (/r/<code>/, built by the links work): six characters that a
 * trainer can type from a handout, derived from an entry's permanent id by a pure function.
 *
 * Why derived, not stored in each file: ids never change, so a code made from the id never changes
 * either, and there is nothing for an editor to copy, mistype or duplicate. When an entry is renamed
 * anyway, the rename's redirect keeps the old id, and the old code is derived from it; the /r/ pages
 * must therefore be generated for every current id and every redirected old id.
 *
 * Scheme: SHA-256 of the id (UTF-8), first 30 bits, written in Crockford's base 32 in lower case
 * (digits and letters without i, l, o and u, so codes are hard to misread and spell no words by accident).
 * 30 bits give about a billion codes: across 10,000 entries a new id collides with an existing
 * code about once in 100,000 additions. A collision is caught when the entry is created
 * (`npm run new`, `npm run import`) and by the integrity check, while the new id can still change.
 */
import { createHash } from 'node:crypto';

export const SHORT_CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const SHORT_CODE_LENGTH = 6;
const BITS_PER_CHARACTER = 5;

/** A well-formed code: six characters of the alphabet. */
export const SHORT_CODE = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`);

/** The short code of a permanent id. Same id, same code, on every machine and forever. */
export function shortCode(id: string): string {
  const digest = createHash('sha256').update(id, 'utf8').digest();
  let code = '';
  for (let index = 0; index < SHORT_CODE_LENGTH; index += 1) {
    const bit = index * BITS_PER_CHARACTER;
    // Read five bits starting at `bit` from the digest, most significant first.
    const pair = ((digest[bit >> 3] ?? 0) << 8) | (digest[(bit >> 3) + 1] ?? 0);
    const value = (pair >> (16 - BITS_PER_CHARACTER - (bit & 7))) & 0b11111;
    code += SHORT_CODE_ALPHABET[value];
  }
  return code;
}

/**
 * Reads a code as a person typed it: trimmed, lower case, and the look-alikes Crockford's scheme
 * allows (O → 0, I and L → 1). Returns undefined when it cannot be a code.
 */
export function normaliseShortCode(typed: string): string | undefined {
  const code = typed.trim().toLowerCase().replace(/o/g, '0').replace(/[il]/g, '1');
  return SHORT_CODE.test(code) ? code : undefined;
}

/** Groups of ids that share a code (each group has two or more ids); empty when all codes are distinct. */
export function shortCodeCollisions(ids: Iterable<string>): string[][] {
  const byCode = new Map<string, string[]>();
  for (const id of ids) {
    const code = shortCode(id);
    byCode.set(code, [...(byCode.get(code) ?? []), id]);
  }
  return [...byCode.values()].filter((group) => group.length > 1);
}
