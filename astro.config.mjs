// @ts-check
import { defineConfig } from 'astro/config';
import { astroRedirects, loadRedirects } from './src/lib/redirects.ts';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// SITE is the public origin, used for canonical URLs; BASE lets the site live under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'https://alliance-pathways.example.org',
  base: process.env.BASE_PATH ?? '/',
  // Renamed and retired entries keep their old URLs (content/redirects.yaml, checked before each build).
  redirects: astroRedirects(loadRedirects(process.env.CONTENT_DIR ?? './content').resources),
  trailingSlash: 'always',
  integrations: [contentIntegrity(), mdx(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  markdown: { syntaxHighlight: false },
});
