/** Writes dist/_headers from the one security policy in src/lib/site/security-headers.ts. */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { headersFile } from '../lib/site/security-headers';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'alliance-pathways:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        // One rule per top-level file and folder, so the embed cards can be framed (see headersFile).
        writeFileSync(
          new URL('_headers', dir),
          headersFile(
            base,
            readdirSync(dir, { withFileTypes: true }).map((item) => (item.isDirectory() ? `${item.name}/` : item.name)),
          ),
        );
      },
    },
  };
}
