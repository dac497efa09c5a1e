/**
 * Field building blocks shared by several schemas.
 * Plain zod (from astro/zod) with no Astro runtime imports, so unit tests and
 * command-line scripts can validate content with exactly the rules the build uses.
 */
import { z } from 'astro/zod';
import { DATE_RULE, isRealDate, titleProblem, urlProblem } from '../lib/model/value-rules';
import { textProblem } from '../lib/model/input-hygiene';

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
    .refine((text) => !/<\/?[a-z][^>]*>/i.test(text), { error: 'must be plain text, without HTML tags' })
    .refine((text) => textProblem(text) === undefined, {
      error: 'must be plain text, without hidden control characters or direction overrides',
    });

/** A list of distinct values from a vocabulary (duplicates are a typo, not an emphasis). */
export const distinctList = <T extends z.ZodType>(item: T, min = 0) =>
  z
    .array(item)
    .min(min, { error: `needs at least ${min} value${min === 1 ? '' : 's'}` })
    .refine((list) => new Set(list).size === list.length, { error: 'lists the same value twice' });

/**
 * An external link: http or https only (z.url() would accept `javascript:` and `data:`), and no
 * credentials, spaces or tracking parameters (src/lib/model/value-rules.ts). http:// is allowed; the
 * content check warns about it.
 */
const httpUrl = z.httpUrl({ error: 'must be a full http:// or https:// address' });
export const externalUrl = httpUrl.superRefine((url, context) => {
  // One message per mistake: the stricter rules only speak once the address is a valid http(s) URL.
  if (!z.httpUrl().safeParse(url).success) return;
  const problem = urlProblem(url);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/**
 * A calendar date written as YYYY-MM-DD in frontmatter, and a real one: "2026-02-30" or "1/2/2026"
 * is refused, never rolled over or guessed. Astro's YAML reader may already have made it a Date.
 */
export const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' && isRealDate(value.trim()) ? new Date(`${value.trim()}T00:00:00.000Z`) : value),
  z.date({ error: DATE_RULE }),
);

/** A title: plain text, without HTML, control characters or bidirectional overrides. */
export const plainTitle = (max: number) =>
  z
    .string()
    .trim()
    .min(3, { error: 'must be at least 3 characters' })
    .max(max)
    .superRefine((title, context) => {
      const problem = titleProblem(title);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
