// ESLint: the recommended rules for JavaScript, TypeScript and Astro, and the import boundaries of
// src/lib (scripts/lib/lib-layers.mjs). `npm run lint`; part of `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importBoundaryConfigs } from './scripts/lib/lib-layers.mjs';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '**/.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.bench/',
      'bench/**/dist/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    rules: {
      // Deliberate: input hygiene, search and import code match control characters in order to refuse them.
      'no-control-regex': 'off',
      // A leading underscore marks a value left out on purpose (a rest-destructuring, an unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  importBoundaryConfigs(),
);
