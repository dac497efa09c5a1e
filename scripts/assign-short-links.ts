/**
 * `npm run links:assign`: gives a short code (/r/<code>/) to every resource, stage, stage step,
 * pathway and pathway step that has none, and appends it to content/short-links.json.
 * Existing codes are never changed or removed; a renamed entry keeps the code of its old id
 * (through content/redirects.json). Run it after adding entries or steps, and commit the file.
 * `--check` only reports what is missing and exits 1 if anything is (for CI or a pre-commit hook).
 */
import { countEntryFiles, loadContent, formatProblem } from '../src/lib/editing/content-files';
import { progress } from '../src/lib/editing/terminal-progress';
import { contentRoot, loadLinkData, writeRegistry, LINK_FILES } from '../src/lib/links/link-data';
import { resolverFor } from '../src/lib/links/redirects';
import { assignCodes, linkTargets } from '../src/lib/links/short-links';

export function main(args: string[]): number {
  const root = contentRoot();
  const reading = progress('Reading entries', countEntryFiles(root));
  const content = loadContent(root, process.cwd(), { onFile: () => reading.tick(), checkBodies: false });
  reading.finish();
  if (content.problems.length > 0) {
    console.error(`Fix the content first:\n  ${content.problems.map(formatProblem).join('\n  ')}`);
    return 1;
  }
  const data = loadLinkData(root);
  const { registry, added } = assignCodes(data.registry, linkTargets(content), resolverFor(data.moved));
  if (added.length === 0) {
    console.log(`Every entry and step has a short link (${Object.keys(registry.codes).length} codes).`);
    return 0;
  }
  for (const [code, key] of added) console.log(`  /r/${code}/  ${key}`);
  if (args.includes('--check')) {
    console.error(`${added.length} entries or steps have no short link: run \`npm run links:assign\` and commit ${LINK_FILES.registry}.`);
    return 1;
  }
  writeRegistry(root, registry);
  console.log(`Added ${added.length} short link(s) to content/${LINK_FILES.registry}. Commit it with your entries.`);
  return 0;
}

// exitCode, not exit(): exit() can cut off output still queued for a pipe (50,000 lines of new codes).
process.exitCode = main(process.argv.slice(2));
