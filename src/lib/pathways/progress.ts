/**
 * Checklist progress on pathway pages, kept only in the reader's browser (localStorage).
 * Nothing is sent anywhere. One storage entry per pathway holds, for each step id, the keys
 * of the ticked items. An item's key is a hash of its text, so reordering a checklist keeps
 * the ticks, and rewording an item clears only that item's tick (never ticks the wrong one).
 * Pure functions here; the custom element in src/components/PathwayProgress.astro uses them.
 */

/** What we store: step id → keys of the ticked checklist items. */
export type Progress = Record<string, string[]>;

/** The part of the Web Storage API we use, so tests can pass a plain object. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY_PREFIX = 'alliance-pathways:progress:v1:';
const ITEM_KEY = /^[a-z0-9]{1,13}$/;
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The localStorage key for one pathway's ticks. */
export function progressKey(pathwayId: string): string {
  return `${KEY_PREFIX}${pathwayId}`;
}

/** A short, stable key for a checklist item: FNV-1a (32-bit) of its trimmed text, in base 36. */
export function checklistItemKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Reads stored progress, tolerating anything: a missing entry, broken JSON or values of the
 * wrong shape give empty progress (or drop just the bad parts), never an error.
 */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const progress: Progress = {};
  for (const [stepId, keys] of Object.entries(value)) {
    if (!STEP_ID.test(stepId) || !Array.isArray(keys)) continue;
    const valid = [...new Set(keys.filter((key): key is string => typeof key === 'string' && ITEM_KEY.test(key)))];
    if (valid.length > 0) progress[stepId] = valid;
  }
  return progress;
}

export function isTicked(progress: Progress, stepId: string, itemKey: string): boolean {
  return progress[stepId]?.includes(itemKey) ?? false;
}

/** A copy of `progress` with one item ticked or unticked. */
export function withTick(progress: Progress, stepId: string, itemKey: string, ticked: boolean): Progress {
  const others = (progress[stepId] ?? []).filter((key) => key !== itemKey);
  const keys = ticked ? [...others, itemKey] : others;
  const next: Progress = { ...progress };
  if (keys.length > 0) next[stepId] = keys;
  else delete next[stepId];
  return next;
}

/** How many of the page's current items are ticked (ticks for items that no longer exist do not count). */
export function countTicked(progress: Progress, items: ReadonlyArray<{ stepId: string; itemKey: string }>): number {
  return items.filter((item) => isTicked(progress, item.stepId, item.itemKey)).length;
}

export function loadProgress(storage: StorageLike, pathwayId: string): Progress {
  return parseProgress(storage.getItem(progressKey(pathwayId)));
}

/** Saves progress; an empty record removes the entry rather than storing "{}". */
export function saveProgress(storage: StorageLike, pathwayId: string, progress: Progress): void {
  if (Object.keys(progress).length === 0) storage.removeItem(progressKey(pathwayId));
  else storage.setItem(progressKey(pathwayId), JSON.stringify(progress));
}

export function clearProgress(storage: StorageLike, pathwayId: string): void {
  storage.removeItem(progressKey(pathwayId));
}

/** "3 of 12 items ticked" */
export function progressSummary(ticked: number, total: number): string {
  return `${ticked} of ${total} ${total === 1 ? 'item' : 'items'} ticked`;
}

/** The page's status line: "3 of 12 items ticked.", with a warning when this browser keeps nothing. */
export function progressStatusLine(ticked: number, total: number, options: { kept: boolean; prefix?: string }): string {
  const unsaved = options.kept ? '' : ' This browser is not keeping them, so they will be lost when you leave.';
  return `${options.prefix ?? ''}${progressSummary(ticked, total)}.${unsaved}`;
}

/** One step's state in the stepper: nothing yet, "2 of 4 ticked", or done ("✓ All 4 ticked"). */
export function stepperState(ticked: number, total: number): { text: string; done: boolean } {
  if (ticked === 0 || total === 0) return { text: '', done: false };
  if (ticked >= total) return { text: `✓ All ${total} ticked`, done: true };
  return { text: `${ticked} of ${total} ticked`, done: false };
}

/** The step id a location hash points at ("#step-map-partners" → "map-partners"), or undefined. */
export function stepIdFromHash(hash: string): string | undefined {
  const match = /^#step-(.+)$/.exec(hash);
  if (!match) return undefined;
  try {
    const id = decodeURIComponent(match[1]!);
    return STEP_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Storage that is really usable, or undefined: browsers may throw on access or on writing
 * (privacy settings, some private modes, a full quota), so a probe is written and removed first.
 */
export function usableStorage(open: () => StorageLike): StorageLike | undefined {
  try {
    const storage = open();
    const probe = '__alliance-pathways-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}
