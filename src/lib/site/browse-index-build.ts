/**
 * The build side of the browse index (browse-index.ts): the catalogue's file, its JSON and its
 * content-hashed address, made once per build and shared by the /resources/ pages (which name it)
 * and the endpoint that writes it.
 */
import { createHash } from 'node:crypto';
import { encodeBrowseIndex } from '../catalogue/browse-index';
import { allResources } from './content';
import { facetValueTerms, facetVocabulary, facetedEntries } from '../catalogue/facets';
import { resourceRowMeta } from '../catalogue/resource-card';
import { sitePath, withBase } from '../catalogue/paths';
import { RESOURCE_TYPE_TERMS, type ResourceType } from '../model/vocabularies';

export interface BuiltBrowseIndex {
  /** Content hash, the file's name. */
  hash: string;
  json: string;
  /** Its address, with base. */
  href: string;
  total: number;
}

let built: Promise<BuiltBrowseIndex> | undefined;

async function build(): Promise<BuiltBrowseIndex> {
  const resources = await allResources();
  const items = facetedEntries(resources).map((item) => {
    const meta = resourceRowMeta(item.entry.data);
    return {
      ...item,
      row: { id: item.entry.id, title: item.entry.data.title, facts: meta.facts.join(' · '), linked: Boolean(item.entry.data.url) },
    };
  });
  const vocabulary = facetVocabulary(facetValueTerms(resources));
  const file = encodeBrowseIndex(items, vocabulary, (type) => RESOURCE_TYPE_TERMS[type as ResourceType]?.label ?? type);
  const json = JSON.stringify(file);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return { hash, json, href: withBase(sitePath.browseIndex(hash)), total: items.length };
}

/** The catalogue's browse index (built on first call, then shared for the rest of the build). */
export function catalogueBrowseIndex(): Promise<BuiltBrowseIndex> {
  built ??= build();
  return built;
}
