/**
 * Lets the editor scripts (scripts/*.ts) run on Node 24's built-in type stripping while importing
 * the site's own modules from src/, which are written for Astro and Vite without file extensions
 * (`import … from '../lib/vocabularies'`). Node needs the extension, so this resolve hook retries
 * an extensionless relative import with `.ts`, then `/index.ts`. Nothing else changes.
 * Used as: node --import ./scripts/lib/ts-resolve.mjs scripts/new-entry.ts
 */
import { registerHooks } from 'node:module';

const RELATIVE = /^\.{1,2}\//;
const HAS_EXTENSION = /\.[a-z0-9]+$/i;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!RELATIVE.test(specifier) || HAS_EXTENSION.test(specifier)) return nextResolve(specifier, context);
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // try the next candidate
        }
      }
      throw error;
    }
  },
});
