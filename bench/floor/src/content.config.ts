/** One collection: the synthetic resources, with the smallest schema that pages need. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.FLOOR_CONTENT_DIR ?? './content/resources';

export const collections = {
  resources: defineCollection({
    loader: glob({ pattern: '**/[^_]*.md', base: contentDir }),
    schema: z.looseObject({ title: z.string(), summary: z.string() }),
  }),
};
