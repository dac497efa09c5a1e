/**
 * What a resource page says about reaching the resource itself: a button to its verified address
 * (labelled by what the address is) with the date the link was checked, or, without an address,
 * one plain sentence saying why and, where the publisher's site is known, a search of that site.
 */
import type { ResourceData } from '../../schemas/resource';
import { humanDate, isoDate } from '../catalogue/format';
import { LINK_KIND_TERMS } from '../model/vocabularies';

export type LinkOut =
  | {
      kind: 'link';
      href: string;
      /** Button text ("Open the resource"). */
      action: string;
      /** Said next to the button when the address is not the resource's own page. */
      caveat?: string;
      /** When the link was last checked, if recorded. */
      checked?: { iso: string; text: string };
    }
  | {
      kind: 'none';
      /** Why there is no link, in one sentence. */
      note: string;
      /** A search of the publisher's own site for the title, when the site is known. */
      search?: { href: string; site: string };
    };

/** Shown when an entry without a link gives no reason of its own. */
export const DEFAULT_NO_LINK_NOTE = 'We have not verified a stable link for this resource yet.';

/** A web search limited to one site, for the exact title. */
export function siteSearchUrl(site: string, title: string): string {
  return `https://duckduckgo.com/?q=${encodeURIComponent(`site:${site} "${title}"`)}`;
}

export function linkOut(data: ResourceData): LinkOut {
  if (data.url) {
    const term = LINK_KIND_TERMS[data.linkKind ?? 'own-page'];
    return {
      kind: 'link',
      href: data.url,
      action: term.action,
      ...(data.linkKind === 'publisher-page'
        ? { caveat: 'This page names and links the resource; it is not a page for the resource alone.' }
        : {}),
      ...(data.lastChecked ? { checked: { iso: isoDate(data.lastChecked), text: humanDate(data.lastChecked) } } : {}),
    };
  }
  return {
    kind: 'none',
    note: data.linkNote ?? DEFAULT_NO_LINK_NOTE,
    ...(data.publisherSite ? { search: { href: siteSearchUrl(data.publisherSite, data.title), site: data.publisherSite } } : {}),
  };
}
