/**
 * The data files in content/ besides the entries (short links, redirects, retirements, link health,
 * site settings, search terms): read as JSON or YAML by their extension and validated by a schema,
 * with errors that name the file and the field, one line per problem. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

/** The parsed contents of a data file, or undefined when it does not exist. `label` names it in errors. */
export function readDataFile(path: string, label: string): unknown {
  if (!existsSync(path)) return undefined;
  const yaml = /^\.ya?ml$/i.test(extname(path));
  try {
    const text = readFileSync(path, 'utf8');
    return yaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new Error(`${label} is not valid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message}`, { cause: error });
  }
}

/** The value, validated by `schema`; otherwise throws one line per problem: `label → field "a.b": message`. */
export function parseDataFile<T>(schema: z.ZodType<T>, raw: unknown, label: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${label} → field "${issue.path.join('.')}": ${issue.message}`).join('\n'));
}
