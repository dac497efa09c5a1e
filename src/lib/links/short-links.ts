/**
 * Short permanent links, /r/<code>/, the form printed on handouts and slides.
 *
 * Codes live in a committed, append-only registry (content/short-links.json) that maps each code to a
 * target: a resource, a stage, a stage step, a pathway or a pathway step. A code is assigned once
 * (by `npm run links:assign`) and never changes or disappears, even when its target is renamed: the
 * rename is a redirect in content/redirects.json, and the short link follows it.
 *
 * Codes are four characters from an alphabet without vowels (so no words) and without 0, 1, i, l, o
 * (so nothing is misread on paper), with at least one letter. A new code is proposed from a hash of the target, so the same
 * content always proposes the same codes; a collision takes the next proposal.
 * Pure functions only: the registry file is read and written by scripts and build steps.
 */
import { pathwayStepAnchor, sitePath, stageStepAnchor } from '../catalogue/paths';

/** 8 digits and 19 consonants: nothing to misread (0/O, 1/l/I) and no vowels to spell words. */
export const SHORT_CODE_ALPHABET = '23456789bcdfghjkmnpqrstvwxz';
/** Length of newly proposed codes: 27^4 = 531,441 codes, far more than the catalogue will need. */
export const SHORT_CODE_LENGTH = 4;
/** What a code may look like (longer codes are allowed, should the registry ever fill up). */
export const SHORT_CODE_PATTERN = /^(?=.*[a-z])[23456789bcdfghjkmnpqrstvwxz]{4,12}$/;

/** What a short link points at. Ids are permanent ids as they were when the code was assigned. */
export type LinkTarget =
  | { kind: 'resource'; id: string }
  | { kind: 'stage'; id: string }
  | { kind: 'stage-step'; id: string; step: string }
  | { kind: 'pathway'; id: string }
  | { kind: 'pathway-step'; id: string; step: string };

/** The registry as stored: code → target key ("resource:<id>", "stage:<id>#<step>", "pathway:<id>#<step>"). */
export interface ShortLinkRegistry {
  /** A note for editors, kept when the file is rewritten. */
  $comment?: string;
  codes: Record<string, string>;
}

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const TARGET_KEY = new RegExp(`^(resource|stage|pathway):(${ID})(?:#(${ID}))?$`);

/** The stored form of a target: "resource:<id>", "stage:<id>", "stage:<id>#<step>", "pathway:<id>#<step>". */
export function targetKey(target: LinkTarget): string {
  switch (target.kind) {
    case 'resource':
    case 'stage':
    case 'pathway':
      return `${target.kind}:${target.id}`;
    case 'stage-step':
      return `stage:${target.id}#${target.step}`;
    case 'pathway-step':
      return `pathway:${target.id}#${target.step}`;
  }
}

/** Reads a stored target key; undefined when it is malformed (resources have no steps). */
export function parseTargetKey(key: string): LinkTarget | undefined {
  const match = TARGET_KEY.exec(key);
  if (!match) return undefined;
  const [, kind, id, step] = match as unknown as [string, 'resource' | 'stage' | 'pathway', string, string | undefined];
  if (step === undefined) return { kind, id };
  if (kind === 'stage') return { kind: 'stage-step', id, step };
  if (kind === 'pathway') return { kind: 'pathway-step', id, step };
  return undefined;
}

/** The site path (without base) a target lives at, with its step anchor where it has one. */
export function targetSitePath(target: LinkTarget): string {
  switch (target.kind) {
    case 'resource':
      return sitePath.resource(target.id);
    case 'stage':
      return sitePath.stage(target.id);
    case 'stage-step':
      return `${sitePath.stage(target.id)}#${stageStepAnchor(target.step)}`;
    case 'pathway':
      return sitePath.pathway(target.id);
    case 'pathway-step':
      return `${sitePath.pathway(target.id)}#${pathwayStepAnchor(target.step)}`;
  }
}

/** 32-bit FNV-1a: small, fast and identical in Node and browsers. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function encode(value: number, length: number): string {
  let code = '';
  let rest = value;
  for (let index = 0; index < length; index += 1) {
    code += SHORT_CODE_ALPHABET[rest % SHORT_CODE_ALPHABET.length];
    rest = Math.floor(rest / SHORT_CODE_ALPHABET.length);
  }
  return code;
}

/**
 * The code a target would get: a hash of its key, or of "key#n" for the n-th retry when the
 * earlier proposals are taken. Deterministic, so two editors adding the same entry agree.
 */
export function proposeCode(key: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const code = encode(fnv1a(attempt === 0 ? key : `${key}#${attempt}`), SHORT_CODE_LENGTH);
    // All-digit codes read like numbers (or years) and sort apart in JSON: skip them.
    if (!taken.has(code) && /[a-z]/.test(code)) return code;
  }
  throw new Error(`no free short code for ${key}: the registry is full at length ${SHORT_CODE_LENGTH}`);
}

/** The things that must each have exactly one short code, read from the content collections. */
export interface LinkableContent {
  resources: ReadonlyArray<{ id: string }>;
  stages: ReadonlyArray<{ id: string; data: { steps: ReadonlyArray<{ id: string }> } }>;
  pathways: ReadonlyArray<{ id: string; data: { steps: ReadonlyArray<{ id: string }> } }>;
}

/** Every target that needs a code, in a stable order: resources, then stages and their steps, then pathways and theirs. */
export function linkTargets(content: LinkableContent): LinkTarget[] {
  const byId = <T extends { id: string }>(list: ReadonlyArray<T>): T[] => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return [
    ...byId(content.resources).map((entry): LinkTarget => ({ kind: 'resource', id: entry.id })),
    ...byId(content.stages).flatMap((stage): LinkTarget[] => [
      { kind: 'stage', id: stage.id },
      ...stage.data.steps.map((step): LinkTarget => ({ kind: 'stage-step', id: stage.id, step: step.id })),
    ]),
    ...byId(content.pathways).flatMap((pathway): LinkTarget[] => [
      { kind: 'pathway', id: pathway.id },
      ...pathway.data.steps.map((step): LinkTarget => ({ kind: 'pathway-step', id: pathway.id, step: step.id })),
    ]),
  ];
}

/** Problems with the registry file itself: malformed codes or targets, and targets listed twice. */
export function registryProblems(registry: ShortLinkRegistry): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [code, key] of Object.entries(registry.codes)) {
    if (!SHORT_CODE_PATTERN.test(code))
      problems.push(`code "${code}" is not made of ${SHORT_CODE_ALPHABET} (4 to 12 characters, at least one a letter)`);
    if (!parseTargetKey(key)) problems.push(`code "${code}" has a malformed target "${key}"`);
    const earlier = seen.get(key);
    if (earlier) problems.push(`codes "${earlier}" and "${code}" both point at ${key}`);
    seen.set(key, code);
  }
  return problems;
}

/**
 * Gives a code to every target that has none, keeping every existing code as it is.
 * `resolve` maps a site path through renames (redirects), so a renamed entry keeps the code
 * it had under its old id instead of getting a second one.
 */
export function assignCodes(
  registry: ShortLinkRegistry,
  targets: readonly LinkTarget[],
  resolve: (sitePath: string) => string = (path) => path,
): { registry: ShortLinkRegistry; added: Array<[code: string, key: string]> } {
  const codes = { ...registry.codes };
  const covered = new Set<string>();
  for (const key of Object.values(codes)) {
    const target = parseTargetKey(key);
    if (target) covered.add(resolve(targetSitePath(target)));
  }
  const taken = new Set(Object.keys(codes));
  const added: Array<[string, string]> = [];
  for (const target of targets) {
    if (covered.has(resolve(targetSitePath(target)))) continue;
    const key = targetKey(target);
    const code = proposeCode(key, taken);
    codes[code] = key;
    taken.add(code);
    covered.add(resolve(targetSitePath(target)));
    added.push([code, key]);
  }
  return { registry: { ...registry, codes }, added };
}

/** Codes that were in `before` but are missing or point elsewhere in `after` (never allowed). */
export function lostCodes(before: ShortLinkRegistry, after: ShortLinkRegistry): string[] {
  return Object.entries(before.codes)
    .filter(([code, key]) => after.codes[code] !== key)
    .map(([code, key]) => `${code} → ${key}`);
}

/** For each target, the codes whose (resolved) destination is that target: exactly one is right. */
export function codesPerTarget(
  registry: ShortLinkRegistry,
  targets: readonly LinkTarget[],
  resolve: (sitePath: string) => string = (path) => path,
): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const [code, key] of Object.entries(registry.codes)) {
    const target = parseTargetKey(key);
    if (!target) continue;
    const path = resolve(targetSitePath(target));
    byPath.set(path, [...(byPath.get(path) ?? []), code]);
  }
  return new Map(targets.map((target) => [targetKey(target), byPath.get(resolve(targetSitePath(target))) ?? []]));
}

/** The registry written back as stable, diff-friendly JSON: codes sorted by target, one per line. */
export function serialiseRegistry(registry: ShortLinkRegistry): string {
  const sorted = Object.entries(registry.codes).sort(([codeA, a], [codeB, b]) => a.localeCompare(b) || codeA.localeCompare(codeB));
  return `${JSON.stringify({ ...(registry.$comment ? { $comment: registry.$comment } : {}), codes: Object.fromEntries(sorted) }, null, 2)}\n`;
}

/** Titles needed to say where a short link leads (the collections satisfy it). */
export interface TitledContent {
  resources: ReadonlyArray<{ id: string; data: { title: string } }>;
  stages: ReadonlyArray<{ id: string; data: { steps: ReadonlyArray<{ id: string; title: string }> } }>;
  pathways: ReadonlyArray<{ id: string; data: { title: string; steps: ReadonlyArray<{ id: string; title: string }> } }>;
}

/**
 * What a target is called, for the redirect page and the handout ("Stage 3: Build the alliance",
 * "Stage 3, step 1: Map who holds a stake"); undefined when it no longer exists under that id.
 */
export function describeTarget(
  target: LinkTarget,
  content: TitledContent,
  stageLabel: (id: string) => { number: number; label: string } | undefined,
): string | undefined {
  switch (target.kind) {
    case 'resource':
      return content.resources.find((entry) => entry.id === target.id)?.data.title;
    case 'stage': {
      const term = stageLabel(target.id);
      return term && content.stages.some((stage) => stage.id === target.id) ? `Stage ${term.number}: ${term.label}` : undefined;
    }
    case 'stage-step': {
      const term = stageLabel(target.id);
      const steps = content.stages.find((stage) => stage.id === target.id)?.data.steps ?? [];
      const index = steps.findIndex((step) => step.id === target.step);
      return term && index >= 0 ? `Stage ${term.number}, step ${index + 1}: ${steps[index]!.title}` : undefined;
    }
    case 'pathway':
      return content.pathways.find((pathway) => pathway.id === target.id)?.data.title;
    case 'pathway-step': {
      const pathway = content.pathways.find((entry) => entry.id === target.id);
      const index = pathway?.data.steps.findIndex((step) => step.id === target.step) ?? -1;
      return pathway && index >= 0 ? `${pathway.data.title}, step ${index + 1}: ${pathway.data.steps[index]!.title}` : undefined;
    }
  }
}

/** Short code of each current site path, the reverse of the registry (for pages that print their own short link). */
export function codeByTarget(registry: ShortLinkRegistry, resolve: (sitePath: string) => string = (path) => path): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const [code, key] of Object.entries(registry.codes).sort(([a], [b]) => a.localeCompare(b))) {
    const target = parseTargetKey(key);
    if (!target) continue;
    const path = resolve(targetSitePath(target));
    if (!byPath.has(path)) byPath.set(path, code);
  }
  return byPath;
}

/** A title for every current entry page and step (site path → title), for pages that say where a link leads. */
export function titlesByPath(
  content: TitledContent & LinkableContent,
  stageLabel: (id: string) => { number: number; label: string } | undefined,
): Map<string, string> {
  const titles = new Map<string, string>();
  // Resource titles by id: describeTarget searches the list, which made this quadratic in the entries.
  const resourceTitles = new Map(content.resources.map((entry) => [entry.id, entry.data.title]));
  for (const target of linkTargets(content)) {
    const title = target.kind === 'resource' ? resourceTitles.get(target.id) : describeTarget(target, content, stageLabel);
    if (title) titles.set(targetSitePath(target), title);
  }
  return titles;
}
