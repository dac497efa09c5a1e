/**
 * npm run new [-- --type webinar --title "…" --summary "…" --stages 3,5 --sectors public-health …]
 *
 * Writes a new resource entry, content/resources/<id>.md, with the frontmatter its type needs,
 * a permanent id made from the title, and prints the file's path, its id and its short link
 * (assigned by the links work's `npm run links:assign`, when the project has it).
 * Asks for anything required that the flags did not give (answers may also be piped in, one per
 * line); with --no-input it never asks and reports what is missing. Every answer is checked with the
 * same schema the build uses, and an existing file is never overwritten.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { takenResourceIds } from '../src/lib/editing/content-check.ts';
import { BODY_PLACEHOLDER, entryFileText, optionalFieldHints } from '../src/lib/editing/entry-writer.ts';
import { idFromTitle, idProblem } from '../src/lib/editing/ids.ts';
import { textProblem } from '../src/lib/model/input-hygiene.ts';
import { allowedValues, matchList, matchTerm, VOCABULARIES, type Match, type Vocabulary } from '../src/lib/catalogue/vocabulary-match.ts';
import { PROVENANCES, RESOURCE_TYPES, type ResourceType } from '../src/lib/model/vocabularies.ts';
import { resourceSchema } from '../src/schemas/resource.ts';
import { assignShortLinks, contentRoot, createPrompter, isIsoDate, projectRoot, shortLinkNote, today } from './lib/cli.ts';

const HELP = `Create a new resource entry.

  npm run new                      answer a few questions
  npm run new -- --type guide --title "…" --summary "…" --stages 3 --sectors public-health --topics governance --provenance ngo

Options (each may be left out and is then asked for):
  --type         ${RESOURCE_TYPES.join(', ')}
  --title        the title as published
  --summary      one to three sentences in your own words (40 to 420 characters)
  --stages       stage numbers, ids or names, separated by commas (the first is the main stage)
  --sectors      sector ids or names, separated by commas
  --topics       topic ids or names, separated by commas
  --provenance   the kind of publisher: ${PROVENANCES.join(', ')}
Optional:
  --format, --audience, --publisher, --year, --url
  --id           the permanent id (default: made from the title)
  --added        the date added, YYYY-MM-DD (default: today)
  --dry-run      print the file instead of writing it
  --no-input     never ask; report what is missing instead`;

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        type: { type: 'string' },
        title: { type: 'string' },
        summary: { type: 'string' },
        stages: { type: 'string' },
        sectors: { type: 'string' },
        topics: { type: 'string' },
        provenance: { type: 'string' },
        format: { type: 'string' },
        audience: { type: 'string' },
        publisher: { type: 'string' },
        year: { type: 'string' },
        url: { type: 'string' },
        id: { type: 'string' },
        added: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'no-input': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
})();

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** The schema of one field for the chosen type (the union's member for that type). */
function fieldSchema(type: ResourceType, field: string): z.ZodType | undefined {
  const member = resourceSchema.options.find((option) => (option.shape.type.options as readonly string[]).includes(type));
  return (member?.shape as Record<string, z.ZodType> | undefined)?.[field];
}

/** Checks one value against its field's schema; the message is the schema's own. */
function checkField(type: ResourceType, field: string, value: unknown): Match<unknown> {
  const schema = fieldSchema(type, field);
  if (!schema) return { ok: false, message: `is not a field of this type` };
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value } : { ok: false, message: result.error.issues.map((issue) => issue.message).join('; ') };
}

const listSeparators = /[,|;]/;
const prompter = createPrompter();
const canAsk = !values['no-input'];
const missing: string[] = [];

/**
 * The value of one field: from its flag, else asked for (up to three tries), else recorded as missing.
 * `read` turns the text into the value or says what is wrong with it.
 */
async function obtain<T>(
  flag: string,
  question: string,
  read: (text: string) => Match<T>,
  options: { optional?: boolean; menu?: string; skipHint?: string } = {},
): Promise<T | undefined> {
  const given = (values as Record<string, unknown>)[flag];
  if (typeof given === 'string') {
    const result = read(given);
    if (result.ok) return result.value;
    console.error(`--${flag}: ${result.message}`);
    missing.push(flag);
    return undefined;
  }
  if (!canAsk) {
    if (!options.optional) missing.push(flag);
    return undefined;
  }
  if (options.menu) console.log(options.menu);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const answer = await prompter.ask(`${question}${options.optional ? (options.skipHint ?? ' (press Enter to skip)') : ''}: `);
    if (answer === undefined) break;
    if (answer === '' && options.optional) return undefined;
    if (answer === '') {
      console.log('  This one is needed.');
      continue;
    }
    const result = read(answer);
    if (result.ok) return result.value;
    console.log(`  ${result.message}`);
  }
  if (!options.optional) missing.push(flag);
  return undefined;
}

/** "  1  Get ready (get-ready)" lines for a vocabulary. */
function menu(vocabulary: Vocabulary, numbered = true): string {
  return vocabulary.ids
    .map(
      (id, index) =>
        `  ${numbered ? `${String(index + 1).padStart(2)}  ` : ''}${vocabulary.label(id)}${vocabulary.label(id) === id ? '' : `  (${id})`}`,
    )
    .join('\n');
}

/** Accepts a menu number as well as a name or id. */
function byNumber(vocabulary: Vocabulary, text: string): string {
  const number = Number(text.trim());
  return Number.isInteger(number) && number >= 1 && number <= vocabulary.ids.length ? (vocabulary.ids[number - 1] as string) : text;
}
const one = (vocabulary: Vocabulary) => (text: string) => matchTerm(vocabulary, byNumber(vocabulary, text));
const several = (vocabulary: Vocabulary) => (text: string) =>
  matchList(
    vocabulary,
    text
      .split(listSeparators)
      .map((part) => byNumber(vocabulary, part))
      .join('|'),
  );

const added = values.added ?? today();
if (!isIsoDate(added)) {
  console.error(`--added must be a date written as YYYY-MM-DD, not "${added}".`);
  process.exit(2);
}

const type = (await obtain('type', 'Type (number or name)', one(VOCABULARIES.type), { menu: `Types:\n${menu(VOCABULARIES.type)}` })) as
  ResourceType | undefined;
if (!type) {
  prompter.close();
  console.error(`\nNo entry written: a type is needed (${allowedValues(VOCABULARIES.type)}).`);
  process.exit(1);
}
// Free text is held to the importer's rules (no HTML, no hidden characters), then to the schema.
const field =
  (name: string) =>
  (text: string): Match<unknown> => {
    const problem = textProblem(text);
    return problem ? { ok: false, message: problem } : checkField(type, name, text.trim());
  };
const title = (await obtain('title', 'Title, as published', field('title'))) as string | undefined;

// The permanent id: from --id, else made from the title (and offered for change when asking).
const taken = takenResourceIds(contentRoot(), projectRoot);
const readId = (text: string): Match<string> => {
  const id = text.trim();
  const problem = idProblem(id);
  if (problem) return { ok: false, message: `the id ${problem}` };
  const holder = taken.get(id);
  if (holder) return { ok: false, message: `"${id}" is already taken (${holder}); choose another id` };
  return { ok: true, value: id };
};
let id: string | undefined;
if (values.id !== undefined) id = await obtain('id', 'Permanent id', readId);
else if (title) {
  const proposed = idFromTitle(title);
  const check: Match<string> = proposed
    ? readId(proposed)
    : { ok: false, message: 'the title has no Latin letters or digits to make an id from' };
  if (!canAsk) {
    if (check.ok) id = check.value;
    else {
      console.error(`--title: ${check.message}; give --id`);
      missing.push('id');
    }
  } else {
    if (check.ok) console.log(`Permanent id (file name and URL, never changed later): ${proposed}`);
    else console.log(`  ${check.message}.`);
    id = await obtain('id', check.ok ? 'Press Enter to keep it, or type another id' : 'Permanent id', readId, {
      optional: check.ok,
      skipHint: '',
    });
    if (id === undefined && check.ok) id = check.value;
  }
}

const summary = await obtain('summary', 'Summary, one to three sentences in your own words (40 to 420 characters)', field('summary'));
const stages = await obtain(
  'stages',
  'Stages (numbers or names, separated by commas; the first is the main stage)',
  several(VOCABULARIES.stage),
  { menu: `Stages:\n${menu(VOCABULARIES.stage, false)}` },
);
const sectors = await obtain('sectors', 'Sectors (numbers or names, separated by commas)', several(VOCABULARIES.sector), {
  menu: `Sectors:\n${menu(VOCABULARIES.sector)}`,
});
const topics = await obtain('topics', 'Topics (numbers or names, separated by commas)', several(VOCABULARIES.topic), {
  menu: `Topics:\n${menu(VOCABULARIES.topic)}`,
});
const provenance = await obtain('provenance', 'Kind of publisher (number or name)', one(VOCABULARIES.provenance), {
  menu: `Kinds of publisher:\n${menu(VOCABULARIES.provenance)}`,
});
const format = await obtain('format', 'Format (number or name)', one(VOCABULARIES.format), {
  optional: true,
  menu: `Formats:\n${menu(VOCABULARIES.format)}`,
});
const publisher = await obtain('publisher', 'Publisher, only if known', field('publisher'), { optional: true });
const year = await obtain(
  'year',
  'Year published, only if a source gives it',
  (text) => (/^\d{4}$/.test(text.trim()) ? checkField(type, 'year', Number(text)) : { ok: false, message: 'write four digits, e.g. 2019' }),
  { optional: true },
);
const url = await obtain('url', 'Link, only an address you have checked is the resource itself', field('url'), { optional: true });
const audience =
  values.audience === undefined ? undefined : await obtain('audience', 'Audience', several(VOCABULARIES.audience), { optional: true });
prompter.close();

if (missing.length > 0 || !id) {
  const flags = [...new Set(missing)].map((name) => `--${name}`).join(', ');
  console.error(`\nNo entry written: still needed: ${flags}. Run \`npm run new -- --help\` for the options.`);
  process.exit(1);
}

const frontmatter: Record<string, unknown> = {
  type,
  title,
  summary,
  stages,
  sectors,
  topics,
  format,
  audience,
  publisher,
  year,
  url,
  provenance,
  source: { editor: true },
  added,
};
// The whole entry through the build's schema: the file is valid before it is written.
const check = resourceSchema.safeParse(frontmatter);
if (!check.success) {
  for (const issue of check.error.issues) console.error(`${issue.path.map(String).join('.') || 'entry'}: ${issue.message}`);
  console.error('\nNo entry written.');
  process.exit(1);
}

const text = entryFileText(frontmatter, BODY_PLACEHOLDER, optionalFieldHints(type, frontmatter));
if (values['dry-run']) {
  console.log(`\n(dry run: nothing written) content/resources/${id}.md would be:\n\n${text}`);
  process.exit(0);
}
const folder = join(contentRoot(), 'resources');
const target = join(folder, `${id}.md`);
try {
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
} catch (error) {
  console.error(
    (error as NodeJS.ErrnoException).code === 'EEXIST'
      ? `${relative(projectRoot, target)} already exists; nothing was written.`
      : (error as Error).message,
  );
  process.exit(1);
}
const links = assignShortLinks();
if (links.available && !links.ok) console.error(links.output.trim());
console.log(`
Created ${relative(projectRoot, target)}
  id          ${id}   (permanent: the page will be /resources/${id}/)
  short link  ${shortLinkNote(links, id)}

Next: open the file, replace the paragraph under the frontmatter with your own words
(the build refuses the placeholder), add any optional fields shown as comments,
then run \`npm run check\` and preview with \`npm run dev\`.`);
