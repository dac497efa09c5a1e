/**
 * `npm run links:check-external`: requests every outbound address in the catalogue (the `url` of each
 * resource) politely (HEAD then GET, one request per host at a time, timeouts, retries with backoff;
 * src/lib/links/link-checker.ts) and records what each answered in content/link-health.json, then writes
 * the readable docs/link-health.md. Entries whose link failed twice in a row then show "link may be
 * broken" on the site and are listed by `npm run check`. Runs weekly in .github/workflows/link-health.yml.
 *
 * Options: --timeout <s> (15) --retries <n> (2) --backoff <s> (2) --host-delay <s> (1)
 *          --concurrency <hosts> (4) --report <file> (docs/link-health.md) --day YYYY-MM-DD (today, UTC)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, loadContent } from '../src/lib/editing/content-files';
import { contentRoot } from '../src/lib/links/link-data';
import { checkAll } from '../src/lib/links/link-checker';
import { describeRecord, linkHealthMarkdown, outboundUrls, updateReport } from '../src/lib/links/link-health';
import { LINK_HEALTH_FILE, readLinkHealth, writeLinkHealth } from '../src/lib/links/link-health-files';

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      timeout: { type: 'string', default: '15' },
      retries: { type: 'string', default: '2' },
      backoff: { type: 'string', default: '2' },
      'host-delay': { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '4' },
      report: { type: 'string', default: 'docs/link-health.md' },
      day: { type: 'string' },
    },
  });
  const number = (name: keyof typeof values) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number of 0 or more`);
    return value;
  };
  const root = contentRoot();
  const content = loadContent(root);
  if (content.problems.length > 0) {
    console.error(`Fix the content first:\n  ${content.problems.map(formatProblem).join('\n  ')}`);
    return 1;
  }
  const previous = readLinkHealth(root);
  const urls = outboundUrls(content.resources);
  const day = values.day ?? new Date().toISOString().slice(0, 10);
  console.log(`Checking ${urls.length} outbound addresses…`);
  const results = await checkAll(
    urls,
    {
      timeoutMs: number('timeout') * 1000,
      retries: number('retries'),
      backoffMs: number('backoff') * 1000,
      hostDelayMs: number('host-delay') * 1000,
      concurrency: Math.max(1, number('concurrency')),
    },
    (result) => {
      if (result.outcome !== 'ok')
        console.log(
          `  ${result.url}: ${result.outcome}${result.status ? ` (${result.status})` : ''}${result.detail ? `, ${result.detail}` : ''}`,
        );
    },
  );
  const report = updateReport(previous, results, day);
  writeLinkHealth(root, report);
  writeFileSync(resolve(values.report), linkHealthMarkdown(report, content.resources));
  const broken = Object.entries(report.links).filter(([, record]) => record.failures >= 2);
  console.log(`Recorded ${results.length} addresses in content/${LINK_HEALTH_FILE} and ${values.report}.`);
  if (broken.length > 0) {
    console.log(`${broken.length} may be broken (failed twice or more in a row):`);
    for (const [url, record] of broken) console.log(`  ${url}: ${describeRecord(record)}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
