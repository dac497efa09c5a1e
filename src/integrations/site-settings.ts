/**
 * Reads content/site.yaml when a build starts: a malformed file stops the build (file and field
 * named); placeholders still in use give a warning, naming the fields, since a published site must
 * say who runs it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadSiteSettings, placeholdersInUse, SITE_SETTINGS_FILE } from '../lib/site/site-settings';

export default function siteSettings(): AstroIntegration {
  return {
    name: 'alliance-pathways:site-settings',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const fields = placeholdersInUse(loadSiteSettings(fileURLToPath(config.root)));
        if (fields.length > 0) {
          logger.warn(`content/${SITE_SETTINGS_FILE} still holds placeholders for: ${fields.join(', ')}. Set them before publishing.`);
        }
      },
    },
  };
}
