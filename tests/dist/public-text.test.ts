/** Public pages name sources by title and publisher, never by the file names of source documents. */
import { describe, expect, it } from 'vitest';
import { assertBuilt, htmlFiles, readDist } from '../helpers/dist';
import { SEED_FILES } from '../../src/lib/model/vocabularies';

assertBuilt();

describe('no page of the site shows a source document’s file name', () => {
  it('in any HTML page', () => {
    const leaks = htmlFiles().flatMap((path) => {
      const html = readDist(path);
      return SEED_FILES.filter((file) => html.includes(file)).map((file) => `${path}: ${file}`);
    });
    expect(leaks).toEqual([]);
  });
});
