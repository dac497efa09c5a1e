/**
 * Byte budgets (gzip), as docs/architecture.md (Budgets) lists them. Checked over dist/ by tests/dist/budgets.test.ts and
 * reported by the benchmark. Bytes, not timings: they are stable on any machine.
 */
export const BUDGETS = {
  /** HTML plus CSS of one resource page ("about 30 KB compressed at most"). */
  resourcePageHtmlAndCss: 30 * 1024,
  /** Script on resource, type, stage and pathway pages: only small enhancements (copy link, lists, progress). */
  enhancementJs: 8 * 1024,
  /** Script on the catalogue page (/resources/), which filters in place. */
  catalogueJs: 16 * 1024,
  /** The project's own search script on /search/ (Pagefind's files are loaded on demand and measured by the search benchmark). */
  searchJs: 12 * 1024,
  /** All stylesheets of the site together. */
  cssTotal: 24 * 1024,
  /** The HTML of /resources/ (and of each of its pages), whatever the catalogue's size: it lists one page of entries. */
  catalogueHtml: 40 * 1024,
  /** The browse index of /resources/ at 10,000 entries (and below); a larger catalogue may grow it in proportion. */
  browseIndex: 250 * 1024,
};

/** The catalogue size the browse index budget is set for. */
export const BROWSE_INDEX_ENTRIES = 10_000;

/** The browse index budget for a catalogue of `entries`: 250 KB gzip up to 10,000 entries, then in proportion. */
export function browseIndexBudget(entries) {
  return Math.round((BUDGETS.browseIndex * Math.max(entries, BROWSE_INDEX_ENTRIES)) / BROWSE_INDEX_ENTRIES);
}

/** Which pages belong to which page type, by site path of their HTML file. */
export const PAGE_TYPES = [
  { name: 'home', pattern: /^\/index\.html$/, jsBudget: 'enhancementJs' },
  { name: 'resource', pattern: /^\/resources\/[^/]+\/index\.html$/, jsBudget: 'enhancementJs' },
  { name: 'type', pattern: /^\/types\/[^/]+\/index\.html$/, jsBudget: 'enhancementJs' },
  { name: 'stage', pattern: /^\/stages\/[^/]+\/index\.html$/, jsBudget: 'enhancementJs' },
  { name: 'pathway', pattern: /^\/pathways\/[^/]+\/index\.html$/, jsBudget: 'enhancementJs' },
  { name: 'catalogue', pattern: /^\/resources\/index\.html$/, jsBudget: 'catalogueJs' },
  { name: 'search', pattern: /^\/search\/index\.html$/, jsBudget: 'searchJs' },
];
