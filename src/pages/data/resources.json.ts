/** /data/resources.json: every resource with every field (documented on /data/). */
import type { APIRoute } from 'astro';
import { openDataRecords } from '../../lib/site/open-data-pages';
import { OPEN_DATA_FIELDS } from '../../lib/site/open-data';
import { absoluteUrl, openDataPath } from '../../lib/catalogue/paths';

export const GET: APIRoute = async ({ site }) => {
  const resources = await openDataRecords(site);
  const body = {
    description: 'Every resource in the Alliance Pathways catalogue. Fields are documented at the address in "documentation".',
    documentation: absoluteUrl(openDataPath(), site),
    fields: OPEN_DATA_FIELDS.map((field) => field.name),
    count: resources.length,
    resources,
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
