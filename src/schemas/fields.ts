/**
 * Field building blocks shared by several schemas.
 * Plain zod (from astro/zod) with no Astro runtime imports, so unit tests and
 * command-line scripts can validate content with exactly the rules the build uses.
 */
import { z } from 'astro/zod';

/** A permanent id: lower-case words joined by hyphens. Ids become URLs, so they never change. */
export const permanentId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and single hyphens' });

/** An HTML tag, opening or closing ("<script>", "</b>", "<img src=x>"). */
export const HTML_TAG = /<\/?[a-z][^>]*>/i;
/**
 * Characters that have no place in a title or a sentence: control characters (a tab or newline
 * excepted) and the bidirectional overrides that can make text display differently from what it says.
 */
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** Text shown on pages as it is: no HTML tags, no hidden control characters. */
export const plainText = <T extends z.ZodType<string>>(schema: T) =>
  schema
    .refine((text) => !HTML_TAG.test(text), { error: 'must be plain text, without HTML tags' })
    .refine((text) => !HIDDEN_CHARACTERS.test(text), { error: 'contains a hidden control character; retype it as plain text' });

/** Prose written in the project's own words: trimmed, no stray HTML or script. */
export const prose = (min: number, max: number) =>
  plainText(
    z
      .string()
      .trim()
      .min(min, { error: `must be at least ${min} characters` })
      .max(max, { error: `must be at most ${max} characters` }),
  );

/** A list of distinct values from a vocabulary (duplicates are a typo, not an emphasis). */
export const distinctList = <T extends z.ZodType>(item: T, min = 0) =>
  z
    .array(item)
    .min(min, { error: `needs at least ${min} value${min === 1 ? '' : 's'}` })
    .refine((list) => new Set(list).size === list.length, { error: 'lists the same value twice' });

/**
 * An external link: http or https only. z.url() would accept `javascript:` and `data:`,
 * which must never reach a page.
 */
export const externalUrl = z.httpUrl({ error: 'must be a full http:// or https:// address' });

/** A calendar date written as YYYY-MM-DD in frontmatter. */
export const calendarDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });
