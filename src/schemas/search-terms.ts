/** content/search-terms.yaml: groups of synonyms and acronyms the search page expands queries with. */
import { z } from 'astro/zod';

/** One term: a word or phrase as a person might type it ("SIB", "pay for success"). */
const term = z.string().trim().min(1, { error: 'must not be empty' }).max(80);

export const searchTermsSchema = z.strictObject({
  /** Each group lists terms that mean the same; at least two, or there is nothing to expand to. */
  groups: z.array(z.array(term).min(2, { error: 'a group needs at least two terms' })).default([]),
});

export type SearchTerms = z.infer<typeof searchTermsSchema>;
