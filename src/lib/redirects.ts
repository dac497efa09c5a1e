/**
 * Renamed and retired entries. content/redirects.yaml maps each old resource id to the id it now
 * lives at; the build turns every line into a redirect (/resources/<old>/ → /resources/<new>/),
 * so printed links keep working. Lines are never deleted: an old id stays taken for ever.
 *
 * This is the minimal mechanism the editors' guide needs; the links work (short links, the URL
 * manifest, host redirect files) builds on the same map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { permanentId } from '../schemas/fields';
import type { ContentProblem } from './content-files';

export const REDIRECTS_FILE = 'redirects.yaml';

/** The file's shape: `resources: { old-id: new-id }`. */
export const redirectsSchema = z.strictObject({
  /** Old resource id → the id the resource lives at now. */
  resources: z.record(permanentId, permanentId).nullable().default({}),
});

export interface Redirects {
  /** Old resource id → current id. */
  resources: ReadonlyMap<string, string>;
  problems: ContentProblem[];
}

/** Reads content/redirects.yaml (a missing file means no redirects). `file` is the path shown in messages. */
export function parseRedirects(text: string, file: string): Redirects {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    return { resources: new Map(), problems: [{ file, field: '', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = redirectsSchema.safeParse(data);
  if (!result.success) {
    return { resources: new Map(), problems: result.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.'), message: issue.message })) };
  }
  return { resources: new Map(Object.entries(result.data.resources ?? {})), problems: [] };
}

export function loadRedirects(contentRoot: string, file = `content/${REDIRECTS_FILE}`): Redirects {
  const path = join(contentRoot, REDIRECTS_FILE);
  return existsSync(path) ? parseRedirects(readFileSync(path, 'utf8'), file) : { resources: new Map(), problems: [] };
}

/** Every redirect must leave its old id free and point at an entry that exists, in one step. */
export function checkRedirects(redirects: ReadonlyMap<string, string>, resourceIds: ReadonlySet<string>, file = `content/${REDIRECTS_FILE}`): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [from, to] of redirects) {
    const field = `resources.${from}`;
    if (from === to) problems.push({ file, field, message: `redirects "${from}" to itself` });
    else if (resourceIds.has(from)) {
      problems.push({ file, field, message: `"${from}" still has an entry (content/resources/${from}.md); an old id cannot also be a current one` });
    } else if (redirects.has(to)) {
      problems.push({ file, field, message: `points at "${to}", which is itself redirected to "${redirects.get(to)}"; point straight at the current id` });
    } else if (!resourceIds.has(to)) {
      problems.push({ file, field, message: `points at "${to}", which is not an entry (content/resources/${to}.md is missing)` });
    }
  }
  return problems;
}

/** The redirects in the form Astro's `redirects` option takes, from the site's own paths (no base). */
export function astroRedirects(redirects: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries([...redirects].map(([from, to]) => [`/resources/${from}/`, `/resources/${to}/`]));
}
