// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// SITE is the public origin, used for canonical URLs; BASE lets the site live under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'https://alliance-pathways.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentIntegrity(), mdx(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  markdown: { syntaxHighlight: false },
});
