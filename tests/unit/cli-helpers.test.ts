import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { assignShortLinks, createPrompter, isIsoDate, parseAssignedCodes, shortLinkNote, today } from '../../scripts/lib/cli';

/** A folder with a package.json holding the given scripts. */
function project(scripts: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cli-helpers-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', private: true, scripts }));
  return root;
}

describe('short links from the links work', () => {
  it('reads the resource codes that `npm run links:assign` prints, ignoring stages and steps', () => {
    const output =
      'Added:\n  /r/k7qm/  resource:one-guide\n  /r/b2cd/  stage:get-ready#step-x\n  /r/9xz3/  resource:two\nAdded 3 short link(s)';
    expect([...parseAssignedCodes(output)]).toEqual([
      ['one-guide', 'k7qm'],
      ['two', '9xz3'],
    ]);
  });

  it('runs the command when the project has it, and reports each new code', () => {
    const root = project({ 'links:assign': `node -e "console.log('  /r/k7qm/  resource:one-guide')"` });
    const result = assignShortLinks(root);
    expect(result).toMatchObject({ available: true, ok: true });
    expect(shortLinkNote(result, 'one-guide')).toBe('/r/k7qm/');
    // An entry the registry does not cover is never reported as having a link.
    expect(shortLinkNote(result, 'other')).toBe('none yet: run `npm run links:assign`');
  });

  it('reads codes from the registry, so an entry is only said to have had a code when it did', () => {
    const before = new Map([['old-guide', 'bbbb']]);
    const after = new Map([
      ['old-guide', 'bbbb'],
      ['new-guide', 'cccc'],
    ]);
    const result = { available: true as const, ok: true, codes: new Map<string, string>(), output: '', before, after };
    expect(shortLinkNote(result, 'new-guide')).toBe('/r/cccc/');
    expect(shortLinkNote(result, 'old-guide')).toMatch(/^\/r\/bbbb\/ \(it already had this one/);
  });

  it('says when the command failed', () => {
    const result = assignShortLinks(project({ 'links:assign': 'node -e "process.exit(1)"' }));
    expect(result).toMatchObject({ available: true, ok: false });
    expect(shortLinkNote(result, 'one-guide')).toMatch(/failed/);
  });

  it('says plainly when the project has no short links yet', () => {
    const result = assignShortLinks(project({ test: 'true' }));
    expect(result).toEqual({ available: false });
    expect(shortLinkNote(result, 'one-guide')).toMatch(/no short link yet/);
  });
});

describe('dates', () => {
  it('gives today as YYYY-MM-DD in local time, and checks typed dates', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(isIsoDate('2026-12-01')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('01/12/2026')).toBe(false);
  });
});

describe('createPrompter', () => {
  it('asks one question per line of input, then gives undefined once the input ends', async () => {
    let shown = '';
    const output = new Writable({ write: (chunk, _encoding, done) => ((shown += String(chunk)), done()) });
    const prompter = createPrompter(Readable.from(['first answer\n  second  \n']), output);
    expect(await prompter.ask('One? ')).toBe('first answer');
    expect(await prompter.ask('Two? ')).toBe('second');
    expect(await prompter.ask('Three? ')).toBeUndefined();
    expect(await prompter.ask('Four? ')).toBeUndefined();
    prompter.close();
    expect(shown).toBe('One? Two? Three? \n');
  });
});
