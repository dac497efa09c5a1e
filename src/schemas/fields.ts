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

/** Prose written in the project's own words: trimmed, no stray HTML or script. */
export const prose = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { error: `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !/<\/?[a-z][^>]*>/i.test(text), { error: 'must be plain text, without HTML tags' });

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
