/** The project's real content, loaded once per test file with the build's own schemas. */
import { join } from 'node:path';
import { loadContent } from '../../src/lib/editing/content-files';
import { projectRoot } from './content-root';

export const content = loadContent(join(projectRoot, 'content'), projectRoot);

/** The entries made from a seed document, each with its seed record (imported and editor entries have none). */
export const seededResources = content.resources.flatMap((entry) =>
  entry.data.source.kind === 'seed' ? [{ ...entry, source: entry.data.source }] : [],
);
