/** /feed.xml: an Atom feed of the resources added most recently. */
import type { APIRoute } from 'astro';
import { allResources } from '../lib/site/content';
import { atomFeed } from '../lib/site/feed';
import { absoluteUrl, homePath, resourcePath, sitePath, withBase } from '../lib/catalogue/paths';
import { RESOURCE_TYPE_TERMS } from '../lib/model/vocabularies';

export const GET: APIRoute = async ({ site }) => {
  const entries = (await allResources()).map((entry) => ({
    url: absoluteUrl(resourcePath(entry.id), site),
    title: entry.data.title,
    summary: entry.data.summary,
    updated: entry.data.added,
    categories: [RESOURCE_TYPE_TERMS[entry.data.type].label],
  }));
  const xml = atomFeed({
    title: 'Alliance Pathways',
    subtitle: 'Resources newly added to the catalogue for building cross-sector health alliances.',
    siteUrl: absoluteUrl(homePath(), site),
    feedUrl: absoluteUrl(withBase(sitePath.feed()), site),
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
