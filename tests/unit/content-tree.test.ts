/** Content is data: only .md entry files and the link files; anything else is named, never skipped or run. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTreeProblems, encodingProblem } from '../../src/lib/editing/content-tree';
import { formatProblem, loadContent } from '../../src/lib/editing/content-files';
import { validGuideFile } from '../helpers/resource-input';

function tree(): string {
  const project = mkdtempSync(join(tmpdir(), 'content-tree-'));
  for (const folder of ['resources', 'stages', 'pathways']) mkdirSync(join(project, 'content', folder), { recursive: true });
  return project;
}

describe('what content/ may hold', () => {
  it('names every file that is not a lower-case .md entry, and says why', () => {
    const project = tree();
    const resources = join(project, 'content/resources');
    writeFileSync(join(resources, 'code.mdx'), '---\ntitle: x\n---\n{process.exit(1)}\n');
    writeFileSync(join(resources, 'shouting.MD'), 'x');
    writeFileSync(join(resources, 'long.markdown'), 'x');
    writeFileSync(join(resources, 'notes.txt'), 'x');
    writeFileSync(join(resources, '_draft.md'), 'x');
    writeFileSync(join(project, 'content/todo.csv'), 'x');
    const problems = contentTreeProblems(join(project, 'content'), project);
    expect(problems).toEqual([
      { file: 'content/resources/code.mdx', message: expect.stringMatching(/MDX, which can run code during the build/) },
      { file: 'content/resources/long.markdown', message: expect.stringMatching(/must end in lower-case "\.md"/) },
      { file: 'content/resources/notes.txt', message: expect.stringMatching(/not an entry file/) },
      { file: 'content/resources/shouting.MD', message: expect.stringMatching(/must end in lower-case "\.md"/) },
      { file: 'content/todo.csv', message: expect.stringMatching(/does not belong in content\//) },
    ]);
  });

  it('accepts the real content tree as it is', () => {
    expect(contentTreeProblems(join(process.cwd(), 'content'), process.cwd())).toEqual([]);
  });

  it('refuses symbolic links, so a link loop is a message, not a crash', () => {
    const project = tree();
    symlinkSync(join(project, 'content/resources'), join(project, 'content/resources/loop'));
    const { problems } = loadContent(join(project, 'content'), project);
    expect(problems.map(formatProblem)).toEqual(['content/resources/loop: is a symbolic link; content must be plain files and folders']);
  });

  it('refuses an entry saved as UTF-16, with or without a byte-order mark, naming it', () => {
    const project = tree();
    const text = validGuideFile();
    writeFileSync(join(project, 'content/resources/no-bom.md'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(project, 'content/resources/with-bom.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(project, 'content/resources/latin-1.md'), Buffer.from(text.replace('---\n', '---\n# café\n'), 'latin1'));
    const { problems, resources } = loadContent(join(project, 'content'), project);
    expect(resources).toEqual([]);
    expect(problems.map(formatProblem).sort()).toEqual([
      'content/resources/latin-1.md: is not valid UTF-8 text; save it as UTF-8',
      'content/resources/no-bom.md: is saved as UTF-16 (or is not text); save it as UTF-8',
      'content/resources/with-bom.md: is saved as UTF-16 (or is not text); save it as UTF-8',
    ]);
  });

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(encodingProblem(Buffer.from('---\ntitle: Café\n---\n'))).toBeUndefined();
    expect(encodingProblem(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x')]))).toBeUndefined();
  });
});
