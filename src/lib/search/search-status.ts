/**
 * The sentence the search page announces in its role="status" region after each search.
 * The query is kept apart from the words around it so the page can put it in a <bdi> element
 * (right-to-left text stays readable) and set it as text, never as HTML.
 */
import { displayQuery } from './search-query';
import { activeFilterCount, type SearchState } from './search-state';

export interface StatusMessage {
  before: string;
  /** The query as typed (shortened for display), or undefined when there is none. */
  query?: string;
  after: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 results for “housing”, with 1 filter." and so on; total is the number of results found. */
export function statusMessage(state: SearchState, total: number): StatusMessage {
  const filters = activeFilterCount(state);
  const filterNote = filters > 0 ? `, with ${plural(filters, 'filter', 'filters')}` : '';
  const found = total === 0 ? 'No results' : plural(total, 'result', 'results');
  if (state.query === '') return { before: `${found} for the chosen ${filters === 1 ? 'filter' : 'filters'}.`, after: '' };
  return { before: `${found} for “`, query: displayQuery(state.query), after: `”${filterNote}.` };
}

/** The label of the "show more" button. */
export function moreLabel(shown: number, total: number, pageSize: number): string {
  const left = Math.max(0, total - shown);
  return `Show ${Math.min(pageSize, left)} more (${left} not shown yet)`;
}
