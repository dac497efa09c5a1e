/**
 * Reads content/search-terms.yaml (the synonyms and acronyms list) in Node at build time. A missing
 * file means no expansion; a malformed one stops the build with the file and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { searchTermsSchema, type SearchTerms } from '../schemas/search-terms';
import { contentRoot } from './link-data';

export const SEARCH_TERMS_FILE = 'search-terms.yaml';

/** Validates the parsed file; throws one line per problem, naming the file and the field. */
export function parseSearchTerms(raw: unknown, name = SEARCH_TERMS_FILE): SearchTerms {
  const result = searchTermsSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `content/${name} → field "${issue.path.join('.')}": ${issue.message}`).join('\n'));
}

export function loadSearchTerms(root: string = contentRoot()): SearchTerms {
  const path = join(root, SEARCH_TERMS_FILE);
  if (!existsSync(path)) return { groups: [] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`content/${SEARCH_TERMS_FILE} is not valid YAML: ${(error as Error).message}`);
  }
  return parseSearchTerms(raw);
}
