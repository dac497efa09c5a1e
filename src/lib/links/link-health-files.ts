/**
 * Reads and writes content/link-health.json. A missing file means no check has run; a malformed one
 * stops with a message naming the file and the field (as for the other files in content/).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkHealthFileSchema, type LinkHealthFile } from '../../schemas/link-health';
import { EMPTY_REPORT } from './link-health';
import { contentRoot } from './link-data';
import { parseDataFile, readDataFile } from '../catalogue/data-files';

export const LINK_HEALTH_FILE = 'link-health.json';

export function readLinkHealth(root: string = contentRoot()): LinkHealthFile {
  const raw = readDataFile(join(root, LINK_HEALTH_FILE), LINK_HEALTH_FILE);
  return raw === undefined ? EMPTY_REPORT : parseDataFile(linkHealthFileSchema, raw, LINK_HEALTH_FILE);
}

/** One line per address, so the weekly pull request shows a readable diff. */
export function serialiseLinkHealth(report: LinkHealthFile): string {
  const entries = Object.entries(report.links).map(([url, record]) => `    ${JSON.stringify(url)}: ${JSON.stringify(record)}`);
  return `{\n  "$comment": ${JSON.stringify(report.$comment ?? '')},\n  "checkedAt": ${JSON.stringify(report.checkedAt)},\n  "links": {${entries.length ? `\n${entries.join(',\n')}\n  ` : ''}}\n}\n`;
}

export function writeLinkHealth(root: string, report: LinkHealthFile): void {
  writeFileSync(join(root, LINK_HEALTH_FILE), serialiseLinkHealth(report));
}

let cached: { root: string; report: LinkHealthFile } | undefined;

/** The report of the content being built, read once per build. */
export function buildLinkHealth(): LinkHealthFile {
  const root = contentRoot();
  if (cached?.root !== root) cached = { root, report: readLinkHealth(root) };
  return cached.report;
}
