import { describe, expect, it } from 'vitest';
import { validGuideFile } from '../helpers/resource-input';
import { makeContentRoot } from '../helpers/content-root';
import { loadContent, loadContentOnce, rememberedContent } from '../../src/lib/editing/content-files';
import { renderBody, renderedBodies } from '../../src/lib/editing/markdown-body';
import { loadContentInParallel, loadContentOnceInParallel, PARALLEL_THRESHOLD } from '../../src/lib/editing/parallel-content';

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

  it('brings the bodies the threads rendered back to this one, for the pages (keepRenderedBodies)', async () => {
    const bodies = [0, 1, 2, 3].map((index) => `## Part ${index} of a body rendered in a worker ${Date.now()}\n\nText *${index}*.\n`);
    const files: Record<string, string> = {};
    bodies.forEach((body, index) => (files[`guide-${index}.md`] = validGuideFile().replace(/\n---\n[\s\S]*$/, `\n---\n${body}`)));
    const root = makeContentRoot(files);
    expect(renderedBodies(bodies)).toEqual([]);
    const content = await loadContentInParallel(root, root, { threads: 2, fileCount: PARALLEL_THRESHOLD, keepRenderedBodies: true });
    expect(content.resources.map((entry) => entry.body).sort()).toEqual([...bodies].sort());
    const brought = new Map(renderedBodies(bodies));
    expect([...brought.keys()].sort()).toEqual([...bodies].sort());
    // What the pages get from the cache is what rendering here gives.
    for (const body of bodies) expect(renderBody(body).html).toContain(`Part ${bodies.indexOf(body)} of a body`);
    expect(brought.get(bodies[0]!)).toBe(renderBody(bodies[0]!));
  });

  it('stays in one thread below the threshold', async () => {
    const root = fixture();
    const content = await loadContentInParallel(root, root, { fileCount: 10 });
    expect(content.resources).toHaveLength(7);
  });

  it('makes the one parse a build shares: loadContentOnce and later calls give it back, not a new one', async () => {
    const root = fixture();
    expect(rememberedContent(root, root)).toBeUndefined();
    const content = await loadContentOnceInParallel(root, root);
    expect(content.resources).toHaveLength(7);
    expect(rememberedContent(root, root)).toBe(content);
    expect(loadContentOnce(root, root)).toBe(content);
    expect(await loadContentOnceInParallel(root, root)).toBe(content);
  });
});
