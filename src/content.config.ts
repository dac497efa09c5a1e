/**
 * Wires the three collections to their schemas. Content lives in the top-level content/ folder.
 * CONTENT_DIR lets the schema tests build a fixture tree instead (tests/fixtures/...).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resourceSchema } from './schemas/resource';
import { stageSchema } from './schemas/stage';
import { pathwaySchema } from './schemas/pathway';

const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  resources: defineCollection({
    loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/resources` }),
    schema: resourceSchema,
  }),
  stages: defineCollection({
    loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/stages` }),
    schema: stageSchema,
  }),
  pathways: defineCollection({
    loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/pathways` }),
    schema: pathwaySchema,
  }),
};
