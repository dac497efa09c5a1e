import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/lib/links/url-manifest-files';

function dist(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'snapshot-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('readSnapshot', () => {
  it('gives each page its trainer anchors and all its ids, and the published files, telling progress each file', () => {
    const root = dist({
      'index.html': '<main id="main"><h2 id="about">About</h2></main>',
      'stages/a/index.html': '<section id="step-one"><h3 id="detail">x</h3></section>',
      'feed.xml': '<rss/>',
      '_astro/app.js': '',
      'pagefind/pagefind.js': '',
    });
    const counts: number[] = [];
    let finished = false;
    const snapshot = readSnapshot(root, { update: (done) => counts.push(done), finish: () => (finished = true) });
    expect([...snapshot.pages.keys()].sort()).toEqual(['/', '/stages/a/']);
    expect(snapshot.pages.get('/')?.anchors).toEqual(['about']);
    expect(snapshot.pages.get('/stages/a/')?.anchors).toEqual(['step-one']);
    expect([...snapshot.pages.get('/stages/a/')!.ids].sort()).toEqual(['detail', 'step-one']);
    expect([...snapshot.files]).toEqual(['/feed.xml']);
    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(finished).toBe(true);
  });

  it('reads a page when asked for its anchors or ids, and keeps neither (not held for every page)', () => {
    const root = dist({ 'index.html': '<h2 id="old">Old</h2>' });
    const snapshot = readSnapshot(root);
    writeFileSync(join(root, 'index.html'), '<h2 id="new">New</h2>');
    expect([...snapshot.pages.get('/')!.ids]).toEqual(['new']);
    expect(snapshot.pages.get('/')!.anchors).toEqual(['new']);
  });

  it("keeps each page's anchors, read once, with keepAnchors (manifest:update), and still reads ids when asked", () => {
    const root = dist({ 'index.html': '<h2 id="old">Old</h2>' });
    const snapshot = readSnapshot(root, undefined, { keepAnchors: true });
    writeFileSync(join(root, 'index.html'), '<h2 id="new">New</h2>');
    expect(snapshot.pages.get('/')!.anchors).toEqual(['old']);
    expect([...snapshot.pages.get('/')!.ids]).toEqual(['new']);
  });
});
