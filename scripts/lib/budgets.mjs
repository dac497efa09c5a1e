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
};

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
