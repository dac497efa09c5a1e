/** /cite/stages/<id>.bib and .ris: a stage's citation as a file for reference managers. */
import type { APIRoute } from 'astro';
import { citationPaths, citationResponse, citeStage } from '../../../lib/cite-pages';
import { allStages, type StageEntry } from '../../../lib/content';

export const getStaticPaths = async () => citationPaths(await allStages());

export const GET: APIRoute = ({ props, site }) => {
  const { item, format } = props as { item: StageEntry; format: 'bib' | 'ris' };
  return citationResponse(citeStage(item, site), format);
};
