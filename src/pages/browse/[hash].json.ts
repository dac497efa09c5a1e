/** The compact browse index (src/lib/catalogue/browse-index.ts), at /browse/<content hash>.json: one file per build. */
import type { APIRoute } from 'astro';
import { catalogueBrowseIndex } from '../../lib/site/browse-index-build';

export async function getStaticPaths() {
  const index = await catalogueBrowseIndex();
  return [{ params: { hash: index.hash } }];
}

export const GET: APIRoute = async () => {
  const index = await catalogueBrowseIndex();
  return new Response(index.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
