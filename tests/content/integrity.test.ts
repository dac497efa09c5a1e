import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/editing/integrity';
import { formatProblem } from '../../src/lib/editing/content-files';
import { STAGE_IDS } from '../../src/lib/model/vocabularies';
import { content } from '../helpers/real-content';
import { projectRoot } from '../helpers/content-root';

describe('the real content', () => {
  it('passes every schema (file and field named on failure)', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  it('has no duplicate ids, broken references or stray stage files', () => {
    expect(checkIntegrity(content).map(formatProblem)).toEqual([]);
  });

  it('holds one resource per file in content/resources, and exactly the 7 stages', () => {
    // Counted from the files, never pinned: adding an entry must not turn this red.
    const files = readdirSync(join(projectRoot, 'content/resources')).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    expect(content.resources.map((entry) => `${entry.id}.md`).sort()).toEqual(files.sort());
    expect(content.stages.map((stage) => stage.id).sort()).toEqual([...STAGE_IDS].sort());
  });

  it('has a stage of every kind covered by at least one resource', () => {
    for (const stage of STAGE_IDS) {
      expect(content.resources.some((entry) => entry.data.stages.includes(stage)), stage).toBe(true);
    }
  });

  it('never gives a URL that is not http(s)', () => {
    for (const entry of content.resources) {
      if (entry.data.url) expect(new URL(entry.data.url).protocol, entry.file).toMatch(/^https?:$/);
    }
  });
});
