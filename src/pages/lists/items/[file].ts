/**
 * /lists/items/<id>.json: what a trainer list shows for one resource (title, type, summary, links).
 * The list page fetches only the entries on the list, so no page carries the whole catalogue.
 * A renamed resource also answers under its old id (with its new id inside), so old lists still work.
 */
import type { APIRoute } from 'astro';
import { allResources, type ResourceEntry } from '../../../lib/content';
import { buildLinkData } from '../../../lib/link-data';
import { absoluteUrl, resourcePath, shortLinkPath, sitePath } from '../../../lib/paths';
import { resolvePath } from '../../../lib/redirects';
import { RESOURCE_TYPE_TERMS } from '../../../lib/vocabularies';

export async function getStaticPaths() {
  const resources = await allResources();
  const byPath = new Map(resources.map((entry) => [sitePath.resource(entry.id), entry]));
  const { data } = buildLinkData();
  const renamed = data.moved.flatMap((move) => {
    const old = /^\/resources\/([^/]+)\/$/.exec(move.from)?.[1];
    const entry = byPath.get(resolvePath(move.from, data.moved));
    return old && entry ? [{ params: { file: `${old}.json` }, props: { entry } }] : [];
  });
  return [...resources.map((entry) => ({ params: { file: `${entry.id}.json` }, props: { entry } })), ...renamed];
}

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: ResourceEntry };
  const code = buildLinkData().codes.get(sitePath.resource(entry.id));
  const item = {
    id: entry.id,
    title: entry.data.title,
    type: RESOURCE_TYPE_TERMS[entry.data.type].label,
    summary: entry.data.summary,
    path: resourcePath(entry.id),
    url: absoluteUrl(resourcePath(entry.id), site),
    shortUrl: code ? absoluteUrl(shortLinkPath(code), site) : null,
  };
  return new Response(JSON.stringify(item), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
