/**
 * npm run check [-- --content-only]
 *
 * Everything an editor needs to know before publishing, in the order that is quickest to act on:
 *   1. content: every file against its schema, bodies, ids, short codes, references, redirects
 *      (the same checks the build runs first; see CONTENT_CHECKS in src/lib/editing/content-check.ts);
 *   2. links that may be broken: entries whose `url` failed the weekly link check twice in a row
 *      (content/link-health.json); listed for editors, not counted as a failure (the web changed, not the content);
 *   3. types: `astro check` over the code (skipped with --content-only).
 * Prints one line per problem, "file → field "x": message", then a summary. Exits 1 on any problem.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { countEntryFiles, formatProblem } from '../src/lib/editing/content-files.ts';
import { loadContentInParallel } from '../src/lib/editing/parallel-content.ts';
import { progress } from '../src/lib/editing/terminal-progress.ts';
import { brokenEntries, describeRecord } from '../src/lib/links/link-health.ts';
import { readLinkHealth } from '../src/lib/links/link-health-files.ts';
import { checkContent, contentWarnings } from '../src/lib/editing/content-check.ts';
import { contentRoot, projectRoot } from './lib/cli.ts';

const { values } = parseArgs({
  options: { 'content-only': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help) {
  console.log(
    'npm run check                      content checks, then the type check\nnpm run check -- --content-only    content checks only (a second or two)',
  );
  process.exit(0);
}

const summary: string[] = [];
let failed = false;

console.log('Checking content…');
// A count on a terminal: at tens of thousands of entries reading them takes a while (quiet in CI and pipes).
const fileCount = countEntryFiles(contentRoot());
const reading = progress('  reading entries', fileCount);
// Parsing and rendering bodies is CPU work: at thousands of entries it is spread over the machine's cores.
const loaded = await loadContentInParallel(contentRoot(), projectRoot, { fileCount, onFile: () => reading.tick() });
reading.finish();
const { content, problems } = checkContent(contentRoot(), projectRoot, () => loaded);
for (const warning of contentWarnings(content)) console.log(`  warning: ${formatProblem(warning)}`);
if (problems.length > 0) {
  failed = true;
  const files = new Set(problems.map((problem) => problem.file)).size;
  for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
  summary.push(
    `content: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; fix each line above (file → field: what is wrong)`,
  );
} else {
  summary.push(`content: ok (${content.resources.length} resources, ${content.stages.length} stages, ${content.pathways.length} pathways)`);
}

try {
  const health = readLinkHealth(contentRoot());
  const broken = brokenEntries(health, content.resources);
  if (broken.length > 0) {
    console.log(`\nLinks that may be broken (failed the link check twice or more in a row; last run ${health.checkedAt}):`);
    for (const { entry, record } of broken) {
      console.log(
        `  content/resources/${entry.id}.md → field "url": ${entry.data.url} ${describeRecord(record)}, ${record.failures} checks in a row; find its new address or remove url`,
      );
    }
  }
  summary.push(
    health.checkedAt
      ? `links: ${broken.length} may be broken (link check of ${health.checkedAt}; see docs/link-health.md)`
      : 'links: not checked yet (npm run links:check-external, weekly in CI)',
  );
} catch (error) {
  failed = true;
  summary.push(`links: ${(error as Error).message}`);
}

if (!values['content-only']) {
  console.log('\nChecking types (astro check)…');
  const types = spawnSync('astro', ['check', '--minimumSeverity', 'warning'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (types.status === 0) summary.push('types: ok');
  else {
    failed = true;
    summary.push(
      types.error
        ? `types: could not run astro check (${types.error.message})`
        : 'types: astro check found problems, listed above with file and line',
    );
  }
}

console.log(`\n${failed ? '✗' : '✓'} ${summary.join('\n  ')}`);
process.exit(failed ? 1 : 0);
