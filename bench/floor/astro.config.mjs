// @ts-check
/**
 * The floor for `npm run bench`: a bare Astro 7 site over the same synthetic entries as the project
 * (one collection, one page per entry with its rendered body; Pagefind runs over dist/ afterwards).
 * It has no package.json of its own: Node resolves astro from the project's node_modules.
 * FLOOR_CONTENT_DIR names the folder of resource .md files; ASTRO_CACHE_DIR keeps each run cold.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  markdown: { syntaxHighlight: false },
});
