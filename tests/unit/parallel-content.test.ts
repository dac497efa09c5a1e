import { describe, expect, it } from 'vitest';
import { validGuideFile } from '../helpers/resource-input';
import { makeContentRoot } from '../helpers/content-root';
import { loadContent } from '../../src/lib/editing/content-files';
import { loadContentInParallel, PARALLEL_THRESHOLD } from '../../src/lib/editing/parallel-content';

function fixture() {
  const files: Record<string, string> = {};
  for (let index = 0; index < 7; index += 1) files[`guide-${index}.md`] = validGuideFile();
  files['broken-yaml.md'] = '---\ntitle: [unclosed\n---\n';
  files['unsafe-body.md'] = validGuideFile().replace(/\n---\n[\s\S]*$/, '\n---\n<script>alert(1)</script>\n');
  return makeContentRoot(files);
}

describe('loadContentInParallel', () => {
  it('gives, from worker threads, what loadContent gives in one thread', async () => {
    const root = fixture();
    const serial = loadContent(root, root);
    let read = 0;
    // fileCount at the threshold makes it use the threads even for a small tree.
    const parallel = await loadContentInParallel(root, root, { threads: 3, fileCount: PARALLEL_THRESHOLD, onFile: () => (read += 1) });
    expect(parallel.resources.map((entry) => [entry.id, entry.body, entry.data])).toEqual(
      serial.resources.map((entry) => [entry.id, entry.body, entry.data]),
    );
    expect(parallel.stages.map((entry) => entry.id)).toEqual(serial.stages.map((entry) => entry.id));
    expect(parallel.pathways).toEqual(serial.pathways);
    expect(parallel.invalidResourceIds.sort()).toEqual(serial.invalidResourceIds.sort());
    expect(parallel.invalidResourceIds.sort()).toEqual(['broken-yaml', 'unsafe-body']);
    expect([...parallel.problems].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      [...serial.problems].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    expect(read).toBe(9 + serial.stages.length);
  });

  it('stays in one thread below the threshold', async () => {
    const root = fixture();
    const content = await loadContentInParallel(root, root, { fileCount: 10 });
    expect(content.resources).toHaveLength(7);
  });
});
