/**
 * /search/words.json: the catalogue's own words (titles, publishers, places, topics), most frequent
 * first, for the search page's "did you mean" (src/lib/search/search-suggest.ts). Fetched only when a
 * search finds little, so it costs nothing on an ordinary search.
 */
import type { APIRoute } from 'astro';
import { allResources } from '../../lib/site/content';
import { catalogueWords } from '../../lib/search/search-suggest';
import { TOPIC_TERMS } from '../../lib/model/vocabularies';

export const GET: APIRoute = async () => {
  const texts: string[] = [];
  for (const { data } of await allResources()) {
    texts.push(data.title);
    if (data.publisher) texts.push(data.publisher);
    if ('places' in data) for (const place of data.places) texts.push([place.name, place.region ?? '', place.country].join(' '));
    for (const topic of data.topics) texts.push(TOPIC_TERMS[topic].label);
  }
  return new Response(JSON.stringify(catalogueWords(texts)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
