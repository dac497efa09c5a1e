/** /data/resources.csv: the same records as resources.json, one row each, safe to open in a spreadsheet. */
import type { APIRoute } from 'astro';
import { openDataRecords } from '../../lib/site/open-data-pages';
import { toCsv } from '../../lib/site/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await openDataRecords(site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
