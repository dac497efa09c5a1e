#!/usr/bin/env node
/**
 * Runs a TypeScript command-line tool (scripts/*.ts) with the project's own TypeScript modules,
 * through Vite's module runner (already installed with Astro), and calls its exported main(args).
 * Usage: node scripts/run-ts.mjs scripts/some-tool.ts [args...]
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
if (typeof module.main !== 'function') {
  console.error(`${file} does not export main(args)`);
  process.exit(2);
}
const code = await module.main(args);
process.exit(typeof code === 'number' ? code : 0);
