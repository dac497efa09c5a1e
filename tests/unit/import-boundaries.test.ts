/**
 * The import-boundaries rule (eslint.config.js, from scripts/lib/lib-layers.mjs): imports point down.
 * Each case lints a made-up file at a real path, so the rule is shown to fail, not only to pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LIB_LAYERS } from '../../scripts/lib/lib-layers.mjs';
import { projectRoot } from '../helpers/content-root';

const eslint = new ESLint({ cwd: projectRoot });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, filePath) });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/lib/catalogue/example.ts', "import { shortLinkPath } from '../links/short-links';\nexport const x = shortLinkPath;\n"],
    ['src/lib/links/example.ts', "import { loadContent } from '../editing/content-files';\nexport const x = loadContent;\n"],
    ['src/lib/model/example.ts', "import { resourceSchema } from '../../schemas/resource';\nexport const x = resourceSchema;\n"],
    ['src/lib/search/example.ts', "import Card from '../../components/ResourceCard.astro';\nexport const x = Card;\n"],
    ['src/lib/pathways/example.ts', "import { searchState } from '../search/search-state';\nexport const x = searchState;\n"],
    ['src/schemas/example.ts', "import { resourcePath } from '../lib/catalogue/paths';\nexport const x = resourcePath;\n"],
    ['src/scripts/example.ts', "import Page from '../pages/index.astro';\nexport const x = Page;\n"],
  ])('refuses an upward import in %s', async (filePath, code) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/imports point down|never/);
  });

  it.each([
    [
      'src/lib/links/example.ts',
      "import { resourcePath } from '../catalogue/paths';\nimport { STAGE_IDS } from '../model/vocabularies';\nexport const x = [resourcePath, STAGE_IDS];\n",
    ],
    ['src/lib/site/example.ts', "import { embedPath } from '../classroom/embeds';\nexport const x = embedPath;\n"],
    [
      'src/schemas/example.ts',
      "import { STAGE_IDS } from '../lib/model/vocabularies';\nimport { prose } from './fields';\nexport const x = [STAGE_IDS, prose];\n",
    ],
    ['src/lib/editing/example.ts', "import { resourceSchema } from '../../schemas/resource';\nexport const x = resourceSchema;\n"],
  ])('accepts a downward import in %s', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});

describe('the folders of src/lib', () => {
  const folders = readdirSync(join(projectRoot, 'src/lib'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it('are exactly the folders of the layer table', () => {
    expect([...folders].sort()).toEqual(Object.keys(LIB_LAYERS).sort());
  });

  it.each(folders)('%s opens with a README that says what it owns and what it may import, as the table does', (folder) => {
    const readme = readFileSync(join(projectRoot, 'src/lib', folder, 'README.md'), 'utf8');
    expect(readme.startsWith(`# src/lib/${folder}\n`)).toBe(true);
    const mayImport = readme.match(/^- May import: (.*)$/m)?.[1] ?? '';
    const listed = [...mayImport.matchAll(/`([a-z]+)`/g)].map((match) => match[1]);
    expect(listed).toEqual(LIB_LAYERS[folder as keyof typeof LIB_LAYERS]);
  });
});
