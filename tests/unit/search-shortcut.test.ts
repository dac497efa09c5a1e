import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget } from '../../src/lib/search/search-shortcut';

describe('isTypingTarget', () => {
  it('is true in text fields, text areas, selects and editable content', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false on links, buttons, checkboxes and the page itself', () => {
    expect(isTypingTarget({ tagName: 'A' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isSearchShortcut', () => {
  const body = { tagName: 'BODY' };
  it('takes a plain "/" outside fields', () => {
    expect(isSearchShortcut({ key: '/' }, body)).toBe(true);
  });
  it('leaves other keys, modified keys and handled events alone', () => {
    expect(isSearchShortcut({ key: 's' }, body)).toBe(false);
    expect(isSearchShortcut({ key: '/', ctrlKey: true }, body)).toBe(false);
    expect(isSearchShortcut({ key: '/', metaKey: true }, body)).toBe(false);
    expect(isSearchShortcut({ key: '/', altKey: true }, body)).toBe(false);
    expect(isSearchShortcut({ key: '/', defaultPrevented: true }, body)).toBe(false);
    expect(isSearchShortcut({ key: '/', isComposing: true }, body)).toBe(false);
  });
  it('never takes a "/" typed in a field', () => {
    expect(isSearchShortcut({ key: '/' }, { tagName: 'INPUT', type: 'search' })).toBe(false);
    expect(isSearchShortcut({ key: '/' }, { tagName: 'TEXTAREA' })).toBe(false);
  });
});
