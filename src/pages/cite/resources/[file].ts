/** /cite/resources/<id>.bib and .ris: a resource's citation as a file for reference managers. */
import type { APIRoute } from 'astro';
import { citationPaths, citationResponse, citeResource } from '../../../lib/cite-pages';
import { allResources, type ResourceEntry } from '../../../lib/content';

export const getStaticPaths = async () => citationPaths(await allResources());

export const GET: APIRoute = ({ props, site }) => {
  const { item, format } = props as { item: ResourceEntry; format: 'bib' | 'ris' };
  return citationResponse(citeResource(item, site), format);
};
