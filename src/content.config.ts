/**
 * Wires the three collections to their schemas. Content lives in the top-level content/ folder.
 * CONTENT_DIR lets the schema tests build a fixture tree instead (tests/fixtures/...).
 * The loader hands over the content check's own parse (src/lib/editing/checked-loader.ts): same files, same schemas.
 */
import { defineCollection } from 'astro:content';
import { checkedLoader } from './lib/editing/checked-loader';
import { resourceSchema } from './schemas/resource';
import { stageSchema } from './schemas/stage';
import { pathwaySchema } from './schemas/pathway';

export const collections = {
  resources: defineCollection({
    loader: checkedLoader('resources'),
    schema: resourceSchema,
  }),
  stages: defineCollection({
    loader: checkedLoader('stages'),
    schema: stageSchema,
  }),
  pathways: defineCollection({
    loader: checkedLoader('pathways'),
    schema: pathwaySchema,
  }),
};
