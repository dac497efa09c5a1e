/**
 * The "/" keyboard shortcut that moves focus to the search box (as on GOV.UK, GitHub and MDN).
 * It must never steal a "/" that someone is typing, so it stands back whenever focus is in a
 * field, or a modifier key is held.
 */

/** The parts of a KeyboardEvent the decision needs. */
export interface ShortcutKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
  isComposing?: boolean;
}

/** The parts of an element that tell whether someone is typing in it. */
export interface FocusTarget {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

/** Input types that take no typed text, where "/" can safely mean "go to search". */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

export function isTypingTarget(target: FocusTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

/** True when a key press should move focus to the search box. */
export function isSearchShortcut(event: ShortcutKey, target: FocusTarget | null | undefined): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.defaultPrevented || event.isComposing) return false;
  return !isTypingTarget(target);
}
