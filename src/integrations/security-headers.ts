/** Writes dist/_headers from the one security policy in src/lib/security-headers.ts. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/security-headers';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'alliance-pathways:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
