import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/editing/integrity';
import type { ContentFile } from '../../src/lib/editing/content-files';
import { resourceSchema, type ResourceData } from '../../src/schemas/resource';
import type { StageData } from '../../src/schemas/stage';
import type { PathwayData } from '../../src/schemas/pathway';
import { STAGE_IDS } from '../../src/lib/model/vocabularies';
import { guideInput } from '../helpers/resource-input';
import { BODY_PLACEHOLDER } from '../../src/lib/editing/entry-writer';

function resource(id: string, sourceTitle = id, file = `content/resources/${id}.md`): ContentFile<ResourceData> {
  const data = resourceSchema.parse(guideInput({ source: { seed: '001_15e02f496da4d3dc.txt', title: sourceTitle, type: 'Guides' } }));
  return { id, file, data, body: '' };
}

const stageData = { steps: [{ id: 'one' }, { id: 'two' }], startWith: [] } as unknown as StageData;
const stages: ContentFile<StageData>[] = STAGE_IDS.map((id) => ({ id, file: `content/stages/${id}.md`, data: stageData, body: '' }));

function pathway(resourceIds: string[], stepIds = ['first', 'second']): ContentFile<PathwayData> {
  const data = {
    steps: stepIds.map((id) => ({ id, resources: resourceIds })),
  } as unknown as PathwayData;
  return { id: 'start', file: 'content/pathways/start.md', data, body: '' };
}

describe('checkIntegrity', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(checkIntegrity({ resources: [resource('a'), resource('b')], stages, pathways: [pathway(['a'])] })).toEqual([]);
  });

  it('reports a duplicate id (x.md beside x.mdx)', () => {
    const problems = checkIntegrity({
      resources: [resource('a', 'one', 'content/resources/a.md'), resource('a', 'two', 'content/resources/a.mdx')],
      stages,
      pathways: [],
    });
    expect(problems).toEqual([
      { file: 'content/resources/a.mdx', field: 'id', message: 'duplicate id "a" (also used by content/resources/a.md)' },
    ]);
  });

  it('reports a file name that cannot be a permanent URL', () => {
    const problems = checkIntegrity({ resources: [resource('My Guide')], stages, pathways: [] });
    expect(problems[0]?.field).toBe('id');
  });

  it('reports two entries made from the same seed row', () => {
    const problems = checkIntegrity({ resources: [resource('a', 'Same row'), resource('b', 'Same row')], stages, pathways: [] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/resources/b.md', field: 'source' });
  });

  it('reports a pathway step that points at a missing resource, naming the field', () => {
    const problems = checkIntegrity({ resources: [resource('a')], stages, pathways: [pathway(['a', 'gone'])] });
    expect(problems).toContainEqual({
      file: 'content/pathways/start.md',
      field: 'steps.0.resources.1',
      message: 'refers to resource "gone", which does not exist',
    });
  });

  it('reports a pathway step linking to guidance its stage does not have', () => {
    const data = {
      steps: [
        { id: 'first', stage: 'get-ready', resources: [], guidance: ['one', 'missing'] },
        { id: 'second', stage: 'align-value', resources: [], guidance: ['two'] },
      ],
    } as unknown as PathwayData;
    const problems = checkIntegrity({ resources: [], stages, pathways: [{ id: 'p', file: 'content/pathways/p.md', data, body: '' }] });
    expect(problems).toEqual([
      {
        file: 'content/pathways/p.md',
        field: 'steps.0.guidance.1',
        message: 'refers to step "missing" of stage "get-ready", which does not exist',
      },
    ]);
  });

  it('reports duplicate step ids (they are anchors and must be unique)', () => {
    const problems = checkIntegrity({ resources: [], stages, pathways: [pathway([], ['same', 'same'])] });
    expect(problems).toContainEqual({ file: 'content/pathways/start.md', field: 'steps.1.id', message: 'duplicate step id "same"' });
  });

  it('reports a "Start with these" pick that is missing or not tagged with its stage', () => {
    const picking = stages.map((stage) =>
      stage.id === 'build-the-alliance'
        ? {
            ...stage,
            data: {
              ...stage.data,
              startWith: [
                { resource: 'a', why: 'x' },
                { resource: 'gone', why: 'y' },
              ],
            } as unknown as StageData,
          }
        : stage.id === 'get-ready'
          ? { ...stage, data: { ...stage.data, startWith: [{ resource: 'a', why: 'x' }] } as unknown as StageData }
          : stage,
    );
    // guideInput tags the resource with build-the-alliance only.
    expect(checkIntegrity({ resources: [resource('a')], stages: picking, pathways: [] })).toEqual([
      {
        file: 'content/stages/get-ready.md',
        field: 'startWith.0.resource',
        message: '"a" is not tagged with the stage "get-ready"; tag it or pick another resource',
      },
      {
        file: 'content/stages/build-the-alliance.md',
        field: 'startWith.1.resource',
        message: 'refers to resource "gone", which does not exist',
      },
    ]);
  });

  it('reports a missing stage file and a stray one', () => {
    const problems = checkIntegrity({
      resources: [],
      stages: [...stages.slice(1), { id: 'stage-eight', file: 'content/stages/stage-eight.md', data: stageData, body: '' }],
      pathways: [],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'stage "get-ready" has no guidance file',
      expect.stringContaining('"stage-eight" is not a stage of the model'),
    ]);
  });
});

describe('checkIntegrity: placeholders and spreadsheet rows', () => {
  const withBody = (id: string, body: string): ContentFile<ResourceData> => ({ ...resource(id), body });

  it('reports an entry that still holds the placeholder body from npm run new', () => {
    const problems = checkIntegrity({
      resources: [withBody('a', 'Finished text.'), withBody('b', `Intro.\n\n${BODY_PLACEHOLDER}`)],
      stages,
      pathways: [],
    });
    expect(problems).toEqual([
      { file: 'content/resources/b.md', field: 'body', message: expect.stringMatching(/placeholder text from `npm run new`/) },
    ]);
  });

  it('reports two entries made from the same spreadsheet line', () => {
    const fromLine = (id: string): ContentFile<ResourceData> => ({
      ...resource(id),
      data: resourceSchema.parse(guideInput({ source: { import: 'list.csv', line: 4 } })),
    });
    const problems = checkIntegrity({ resources: [fromLine('a'), fromLine('b')], stages, pathways: [] });
    expect(problems).toContainEqual({
      file: 'content/resources/b.md',
      field: 'source',
      message: 'describes the same spreadsheet line as content/resources/a.md',
    });
  });

  it('lets any number of editor entries through', () => {
    const byEditor = (id: string): ContentFile<ResourceData> => ({
      ...resource(id),
      data: resourceSchema.parse(guideInput({ source: { editor: true } })),
    });
    expect(checkIntegrity({ resources: [byEditor('a'), byEditor('b')], stages, pathways: [] })).toEqual([]);
  });
});

describe('checkIntegrity and invalid entries', () => {
  it('does not call a reference "missing" when the file exists but failed validation (its own problem is reported)', () => {
    const problems = checkIntegrity({
      resources: [resource('a')],
      stages,
      pathways: [pathway(['a', 'broken'])],
      invalidResourceIds: ['broken'],
    });
    expect(problems).toEqual([]);
  });
});
