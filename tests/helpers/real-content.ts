/** The project's real content, loaded once per test file with the build's own schemas. */
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content-files';
import { projectRoot } from './content-root';

export const content = loadContent(join(projectRoot, 'content'), projectRoot);
