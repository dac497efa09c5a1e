/**
 * Reads content/search-terms.yaml (the synonyms and acronyms list) in Node at build time. A missing
 * file means no expansion; a malformed one stops the build with the file and the field.
 */
import { join } from 'node:path';
import { searchTermsSchema, type SearchTerms } from '../../schemas/search-terms';
import { contentRoot } from '../links/link-data';
import { parseDataFile, readDataFile } from '../catalogue/data-files';

export const SEARCH_TERMS_FILE = 'search-terms.yaml';

/** Validates the parsed file; throws one line per problem, naming the file and the field. */
export function parseSearchTerms(raw: unknown, name = SEARCH_TERMS_FILE): SearchTerms {
  return parseDataFile(searchTermsSchema, raw ?? {}, `content/${name}`);
}

export function loadSearchTerms(root: string = contentRoot()): SearchTerms {
  const raw = readDataFile(join(root, SEARCH_TERMS_FILE), `content/${SEARCH_TERMS_FILE}`);
  return raw === undefined ? { groups: [] } : parseSearchTerms(raw);
}
