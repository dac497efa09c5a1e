import { describe, expect, it } from 'vitest';
import {
  SHORT_CODE_ALPHABET,
  SHORT_CODE_PATTERN,
  assignCodes,
  codeByTarget,
  codesPerTarget,
  describeTarget,
  linkTargets,
  lostCodes,
  parseTargetKey,
  proposeCode,
  registryProblems,
  serialiseRegistry,
  targetKey,
  targetSitePath,
  type LinkTarget,
} from '../../src/lib/links/short-links';
import { resolverFor } from '../../src/lib/links/redirects';
import type { MovedEntry } from '../../src/schemas/links';

const content = {
  resources: [
    { id: 'zeta', data: { title: 'Zeta guide' } },
    { id: 'alpha', data: { title: 'Alpha guide' } },
  ],
  stages: [
    {
      id: 'get-ready',
      data: {
        steps: [
          { id: 'check-fit', title: 'Check the fit' },
          { id: 'name-lead', title: 'Name a lead' },
        ],
      },
    },
  ],
  pathways: [{ id: 'start-new', data: { title: 'Start a new alliance', steps: [{ id: 'first', title: 'First things' }] } }],
};

describe('target keys', () => {
  const targets: LinkTarget[] = [
    { kind: 'resource', id: 'a-b' },
    { kind: 'stage', id: 'get-ready' },
    { kind: 'stage-step', id: 'get-ready', step: 'check-fit' },
    { kind: 'pathway', id: 'start-new' },
    { kind: 'pathway-step', id: 'start-new', step: 'first' },
  ];

  it.each(targets)('round-trips $kind', (target) => {
    expect(parseTargetKey(targetKey(target))).toEqual(target);
  });

  it('rejects malformed keys, including steps of resources', () => {
    for (const key of ['resource:a#b', 'thing:a', 'resource:A', 'resource:', 'stage:a#', 'resource:a/../b', 'resource:a b']) {
      expect(parseTargetKey(key), key).toBeUndefined();
    }
  });

  it('gives each target its page and step anchor', () => {
    expect(targets.map(targetSitePath)).toEqual([
      '/resources/a-b/',
      '/stages/get-ready/',
      '/stages/get-ready/#step-check-fit',
      '/pathways/start-new/',
      '/pathways/start-new/#step-first',
    ]);
  });
});

describe('proposing codes', () => {
  it('is deterministic and uses only the safe alphabet, with a letter', () => {
    const code = proposeCode('resource:art-and-public-health', new Set());
    expect(code).toBe(proposeCode('resource:art-and-public-health', new Set()));
    expect(code).toMatch(SHORT_CODE_PATTERN);
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[aeiouy01lo]/);
  });

  it('takes the next proposal when the first is taken', () => {
    const first = proposeCode('resource:x', new Set());
    const second = proposeCode('resource:x', new Set([first]));
    expect(second).not.toBe(first);
    expect(second).toMatch(SHORT_CODE_PATTERN);
  });

  it('gives 5,000 targets 5,000 distinct codes', () => {
    const taken = new Set<string>();
    for (let index = 0; index < 5000; index += 1) taken.add(proposeCode(`resource:entry-${index}`, taken));
    expect(taken.size).toBe(5000);
  });
});

describe('the registry', () => {
  it('lists every resource, stage, stage step, pathway and pathway step, in a stable order', () => {
    expect(linkTargets(content).map(targetKey)).toEqual([
      'resource:alpha',
      'resource:zeta',
      'stage:get-ready',
      'stage:get-ready#check-fit',
      'stage:get-ready#name-lead',
      'pathway:start-new',
      'pathway:start-new#first',
    ]);
  });

  it('assigns a code to each target once, and keeps existing codes untouched', () => {
    const first = assignCodes({ codes: {} }, linkTargets(content));
    expect(first.added).toHaveLength(7);
    const again = assignCodes(first.registry, linkTargets(content));
    expect(again.added).toEqual([]);
    expect(again.registry.codes).toEqual(first.registry.codes);
    const kept = assignCodes({ codes: { bbbb: 'resource:alpha' } }, linkTargets(content));
    expect(kept.registry.codes.bbbb).toBe('resource:alpha');
    expect(Object.values(kept.registry.codes).filter((key) => key === 'resource:alpha')).toHaveLength(1);
  });

  it('lets a renamed entry keep its old code instead of getting a second one', () => {
    const moved: MovedEntry[] = [
      { from: '/resources/old-name/', to: '/resources/alpha/', since: new Date(), why: 'Renamed for the test.' },
    ];
    const { added, registry } = assignCodes({ codes: { bbbb: 'resource:old-name' } }, linkTargets(content), resolverFor(moved));
    expect(added.map(([, key]) => key)).not.toContain('resource:alpha');
    expect(codesPerTarget(registry, linkTargets(content), resolverFor(moved)).get('resource:alpha')).toEqual(['bbbb']);
    expect(codeByTarget(registry, resolverFor(moved)).get('/resources/alpha/')).toBe('bbbb');
  });

  it('counts the codes of each target, so a missing or doubled code shows', () => {
    const counts = codesPerTarget({ codes: { bbbb: 'resource:alpha', cccc: 'resource:alpha' } }, linkTargets(content));
    expect(counts.get('resource:alpha')).toEqual(['bbbb', 'cccc']);
    expect(counts.get('resource:zeta')).toEqual([]);
  });

  it('reports malformed codes and targets, and a target listed twice', () => {
    expect(
      registryProblems({
        codes: { bbbb: 'resource:a', cccc: 'resource:a', 'b@d1': 'resource:b', 2345: 'resource:c', dddd: 'resource:a#b' },
      }),
    ).toEqual([
      'code "2345" is not made of 23456789bcdfghjkmnpqrstvwxz (4 to 12 characters, at least one a letter)',
      'codes "bbbb" and "cccc" both point at resource:a',
      'code "b@d1" is not made of 23456789bcdfghjkmnpqrstvwxz (4 to 12 characters, at least one a letter)',
      'code "dddd" has a malformed target "resource:a#b"',
    ]);
  });

  it('notices a code that disappeared or was repointed', () => {
    expect(lostCodes({ codes: { bbbb: 'resource:a', cccc: 'resource:b' } }, { codes: { bbbb: 'resource:z' } })).toEqual([
      'bbbb → resource:a',
      'cccc → resource:b',
    ]);
    expect(lostCodes({ codes: { bbbb: 'resource:a' } }, { codes: { bbbb: 'resource:a', cccc: 'resource:b' } })).toEqual([]);
  });

  it('serialises sorted by target, one code per line, keeping the note', () => {
    const text = serialiseRegistry({ $comment: 'note', codes: { cccc: 'stage:b', bbbb: 'resource:z' } });
    expect(text).toBe('{\n  "$comment": "note",\n  "codes": {\n    "bbbb": "resource:z",\n    "cccc": "stage:b"\n  }\n}\n');
  });
});

describe('describing a target', () => {
  const stageLabel = (id: string) => (id === 'get-ready' ? { number: 1, label: 'Get ready' } : undefined);
  it.each([
    [{ kind: 'resource', id: 'alpha' }, 'Alpha guide'],
    [{ kind: 'stage', id: 'get-ready' }, 'Stage 1: Get ready'],
    [{ kind: 'stage-step', id: 'get-ready', step: 'name-lead' }, 'Stage 1, step 2: Name a lead'],
    [{ kind: 'pathway', id: 'start-new' }, 'Start a new alliance'],
    [{ kind: 'pathway-step', id: 'start-new', step: 'first' }, 'Start a new alliance, step 1: First things'],
    [{ kind: 'resource', id: 'gone' }, undefined],
    [{ kind: 'stage-step', id: 'get-ready', step: 'gone' }, undefined],
  ] as Array<[LinkTarget, string | undefined]>)('%o → %s', (target, title) => {
    expect(describeTarget(target, content, stageLabel)).toBe(title);
  });
});
