/**
 * Browser code has one place: modules in src/scripts/ (their logic in src/lib/ with unit tests).
 * A component's <script> only imports such a module or holds a few lines; JSON data islands are not code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-root';

const MAX_INLINE_LINES = 20;

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return astroFiles(path);
    return name.endsWith('.astro') ? [path] : [];
  });
}

/** Each <script> element's opening tag and its number of lines of code. */
function scriptBlocks(source: string): Array<{ tag: string; lines: number }> {
  return [...source.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)].map((match) => ({
    tag: match[1]!,
    lines: match[2]!.split('\n').filter((line) => line.trim() !== '').length,
  }));
}

const isData = (tag: string) => /type="application\/(ld\+)?json"/.test(tag);

describe(`no inline script over ${MAX_INLINE_LINES} lines`, () => {
  it('counts the lines of a script block (the check itself works)', () => {
    const long = `<script>\n${'  go();\n'.repeat(MAX_INLINE_LINES + 1)}</script>`;
    expect(scriptBlocks(long)).toEqual([{ tag: '<script>', lines: MAX_INLINE_LINES + 1 }]);
    expect(isData('<script type="application/json" data-x>')).toBe(true);
  });

  it.each(astroFiles(join(projectRoot, 'src')).map((file) => [relative(projectRoot, file)]))('%s', (file) => {
    for (const block of scriptBlocks(readFileSync(join(projectRoot, file), 'utf8'))) {
      if (isData(block.tag)) continue;
      expect(block.lines, `${file}: move this script into a module in src/scripts/`).toBeLessThanOrEqual(MAX_INLINE_LINES);
    }
  });
});
