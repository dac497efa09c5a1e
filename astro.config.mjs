// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/site/security-headers.ts';
import links, { sitemapFilter } from './src/integrations/links.ts';
import sitemap from '@astrojs/sitemap';
import publishedAddresses from './src/integrations/published-addresses.ts';
import siteSettings from './src/integrations/site-settings.ts';
import { loadSiteSettings } from './src/lib/site/site-settings.ts';

// The public origin comes from content/site.yaml (baseUrl); SITE overrides it, BASE_PATH puts the site under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? loadSiteSettings().baseUrl,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Tests that build fixture content use their own cache so they never disturb the real build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    siteSettings(),
    contentIntegrity(),
    links(),
    // MDX serves the site's own prose pages under src/pages (e.g. /accessibility/). It never reads content/:
    // the collections glob only .md, and the content check refuses any other extension there.
    mdx(),
    // The sitemap lists pages to land on: not short links, nor pages that only redirect or explain a withdrawal.
    sitemap({ filter: sitemapFilter(process.env.BASE_PATH ?? '/') }),
    pagefindIndex(),
    securityHeaders(),
    // Last, once every file is written: no address recorded in content/url-manifest.json may vanish.
    publishedAddresses(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Scripts as files too (no inlining of small ones), for the same reason.
    build: { assetsInlineLimit: 0 },
    // `astro dev` watches the project, but not the benchmarks' catalogues and builds (.bench/ holds hundreds of
    // thousands of files after `npm run bench`: watching them ran out of the system's file watchers, ENOSPC) nor dist/.
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**'] } },
  },
  markdown: { syntaxHighlight: false },
  build: {
    // Stylesheets as files, so the host's CSP header (src/lib/site/security-headers.ts) can allow them by 'self'.
    inlineStylesheets: 'never',
    // Pages in flight at once. Astro writes each page with asynchronous file calls; one at a time, the main
    // thread sat idle for about a third of page generation. At 10,000 entries: 38 s with 1, 27 s with 8
    // (docs/performance.md, "Build costs"). The pages share only memoised, read-only data, so output is the same.
    concurrency: 8,
  },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
