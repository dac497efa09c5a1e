/**
 * What the search page shows for one result, built from the data Pagefind returns for a page.
 * Everything here is plain text or a checked same-site path; the page renders it with DOM APIs.
 */
import { excerptSegments, type ExcerptSegment } from './search-excerpt';

/** The parts of a Pagefind result fragment we use (see Pagefind's PagefindSearchFragment). */
export interface PagefindFragment {
  url?: unknown;
  excerpt?: unknown;
  meta?: Record<string, unknown>;
  filters?: Record<string, unknown>;
}

export interface ResultView {
  title: string;
  href: string;
  /** What kind of page: a resource's type ("Webinar"), "Stage guidance" or "Pathway". */
  kindLabel: string;
  excerpt: ExcerptSegment[];
  /** For a resource: its metadata line ("Webinar · PHRASES · 2020 · link"); empty for other pages. */
  facts: string;
  /** For a resource: its id, for "Add to my list" (only a well-formed id is kept). */
  entryId: string | undefined;
}

/** Entry ids are lower-case words joined by hyphens (src/lib/editing/ids.ts); anything else is ignored. */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A link target is accepted only as a path on this site: it starts with "/" but not "//" or "/\",
 * and holds no control characters or spaces. Anything else (javascript:, other origins) is refused.
 */
export function safeResultHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  if (!/^\/(?![/\\])/.test(url)) return undefined;
  if (/[\s\u0000-\u001f\u007f\\]/.test(url)) return undefined;
  return url;
}

function firstString(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

/**
 * The result as shown. With a query, the excerpt around the matching words; without one (browsing by
 * filters alone), the page's summary, which pages put in Pagefind metadata as "summary".
 * Returns undefined when the fragment has no usable link.
 */
export function resultView(fragment: PagefindFragment, hasQuery: boolean): ResultView | undefined {
  const href = safeResultHref(fragment.url);
  if (!href) return undefined;
  const summary = firstString(fragment.meta?.summary);
  return {
    href,
    title: firstString(fragment.meta?.title) ?? href,
    kindLabel: firstString(fragment.filters?.type) ?? firstString(fragment.filters?.kind) ?? '',
    excerpt: !hasQuery && summary ? [{ text: summary, marked: false }] : excerptSegments(fragment.excerpt),
    facts: firstString(fragment.meta?.facts) ?? '',
    entryId: [firstString(fragment.meta?.entry)].find((id) => id !== undefined && ENTRY_ID.test(id)),
  };
}
