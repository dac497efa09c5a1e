import { describe, expect, it } from 'vitest';
import {
  allIds,
  diffManifest,
  lostAddresses,
  manifestAddresses,
  manifestOf,
  mergeManifests,
  trainerAnchors,
  type SiteSnapshot,
  type UrlManifest,
} from '../../src/lib/links/url-manifest';
import type { MovedEntry, RetiredEntry } from '../../src/schemas/links';

const since = new Date(Date.UTC(2027, 0, 1));
const page = (anchors: string[], extraIds: string[] = []) => ({ anchors, ids: new Set([...anchors, ...extraIds]) });
const snapshot = (pages: Record<string, ReturnType<typeof page>>, files: string[] = []): SiteSnapshot => ({
  pages: new Map(Object.entries(pages)),
  files: new Set(files),
});
const none = { moved: [] as MovedEntry[], retired: [] as RetiredEntry[] };

describe('anchors a trainer may use', () => {
  it('are step anchors and h2 ids, not layout ids', () => {
    const html =
      '<main id="main"><h2 id="facts-heading">F</h2><li id="step-map" class="x"><h3 id="group-guide">G</h3><span id="step-old"></span></li><h2 class="a" id="why">W</h2>';
    expect(trainerAnchors(html)).toEqual(['facts-heading', 'step-map', 'step-old', 'why']);
    expect(allIds(html)).toEqual(new Set(['main', 'facts-heading', 'step-map', 'group-guide', 'step-old', 'why']));
  });
});

describe('comparing the manifest with a build', () => {
  const committed: UrlManifest = { pages: { '/a/': ['step-x', 'why'], '/b/': [] }, files: ['/data/x.json'] };

  it('is clean when the build serves exactly what is recorded', () => {
    const diff = diffManifest(committed, snapshot({ '/a/': page(['step-x', 'why']), '/b/': page([]) }, ['/data/x.json']), none);
    expect(Object.values(diff).flat()).toEqual([]);
  });

  it('reports pages, anchors and files that disappeared', () => {
    const diff = diffManifest(committed, snapshot({ '/a/': page(['why']) }), none);
    expect(diff.missingPages).toEqual(['/b/']);
    expect(diff.missingAnchors).toEqual(['/a/#step-x']);
    expect(diff.missingFiles).toEqual(['/data/x.json']);
  });

  it('reports what is new, so it gets recorded', () => {
    const diff = diffManifest(
      committed,
      snapshot({ '/a/': page(['step-x', 'step-y', 'why']), '/b/': page([]), '/c/': page(['h']) }, ['/data/x.json', '/feed.xml']),
      none,
    );
    expect(diff.newPages).toEqual(['/c/']);
    expect(diff.newAnchors).toEqual(['/a/#step-y']);
    expect(diff.newFiles).toEqual(['/feed.xml']);
  });

  it('accepts an anchor that moved (its alias id is on the page) or whose page moved', () => {
    const moved: MovedEntry[] = [
      { from: '/a/#step-x', to: '/a/#step-z', since, why: 'Step renamed in a test.' },
      { from: '/b/', to: '/d/', since, why: 'Page renamed in a test.' },
    ];
    const recorded: UrlManifest = { pages: { '/a/': ['step-x'], '/b/': ['why'] }, files: [] };
    const build = snapshot({ '/a/': page(['step-z'], ['step-x']), '/b/': page([]), '/d/': page(['why']) });
    expect(diffManifest(recorded, build, { moved, retired: [] }).missingAnchors).toEqual([]);
    const withoutTarget = snapshot({ '/a/': page(['step-q']), '/b/': page([]), '/d/': page([]) });
    expect(diffManifest(recorded, withoutTarget, { moved, retired: [] }).missingAnchors).toEqual(['/a/#step-x', '/b/#why']);
  });

  it('accepts the anchors of a withdrawn page (the page explains)', () => {
    const retired: RetiredEntry[] = [{ path: '/a/', title: 'Old', since, why: 'Withdrawn in a test.', instead: [] }];
    expect(
      diffManifest(committed, snapshot({ '/a/': page(['why', 'instead']), '/b/': page([]) }, ['/data/x.json']), { moved: [], retired })
        .missingAnchors,
    ).toEqual([]);
  });
});

describe('what a build lost (the check that fails a build)', () => {
  it("asks only pages with recorded anchors for their ids, once each, and never for every page's anchors", () => {
    const asked: string[] = [];
    const counted = (path: string, ids: string[]) => ({
      get anchors(): string[] {
        asked.push(`${path} anchors`);
        return [];
      },
      get ids() {
        asked.push(`${path} ids`);
        return new Set(ids);
      },
    });
    const recorded: UrlManifest = { pages: { '/a/': ['one', 'two', 'gone'], '/b/': [], '/c/': ['x'] }, files: ['/f', '/lost'] };
    const build: SiteSnapshot = {
      pages: new Map([
        ['/a/', counted('/a/', ['one', 'two'])],
        ['/b/', counted('/b/', [])],
        ['/d/', counted('/d/', ['x'])],
      ]),
      files: new Set(['/f']),
    };
    expect(lostAddresses(recorded, build, none)).toEqual({
      missingPages: ['/c/'],
      missingAnchors: ['/a/#gone', '/c/#x'],
      missingFiles: ['/lost'],
    });
    expect(asked).toEqual(['/a/ ids']);
  });
});

describe('updating the manifest', () => {
  it('only ever adds', () => {
    const merged = mergeManifests(
      { $comment: 'c', pages: { '/a/': ['x'], '/gone/': ['y'] }, files: ['/f'] },
      manifestOf(snapshot({ '/a/': page(['z']), '/new/': page([]) }, ['/g'])),
    );
    expect(merged).toEqual({ $comment: 'c', pages: { '/a/': ['x', 'z'], '/gone/': ['y'], '/new/': [] }, files: ['/f', '/g'] });
  });

  it('lists every address it records', () => {
    expect(manifestAddresses({ pages: { '/a/': ['x'] }, files: ['/f'] })).toEqual(['/a/', '/a/#x', '/f']);
  });
});
