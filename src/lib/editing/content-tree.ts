/**
 * What may live in content/: entry files ending in lower-case `.md` in resources/, stages/ and
 * pathways/, and the link files at the top. Anything else is reported, naming the file, because it
 * would be silently skipped (`.MD`, `.markdown`), or, for `.mdx`, could run code during the build.
 * Symbolic links are refused (a loop would hang or crash the build) and so are files that are not
 * UTF-8 text (a UTF-16 file without its byte-order mark reads as text full of NUL bytes).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const COLLECTION_FOLDERS = ['resources', 'stages', 'pathways'] as const;

/** The files allowed at the top of content/ besides the collection folders. */
export const TOP_LEVEL_FILES = [
  'short-links.json',
  'redirects.json',
  'retired.json',
  'url-manifest.json',
  // Written by npm run links:check-external (the weekly outbound link check).
  'link-health.json',
  // The site's owner, contact, licence and base URL (src/lib/site/site-settings.ts).
  'site.yaml',
  // Synonyms and acronyms that widen a search (src/lib/search/search-synonyms.ts).
  'search-terms.yaml',
  '.gitkeep',
];

/** A published entry file: not starting with "_" (drafts, as the loader skips them), ending in .md. */
export const ENTRY_FILE = /^[^_.][^/]*\.md$/;
/** A draft: starts with "_", never published. */
const DRAFT_FILE = /^_[^/]*\.md$/;

export interface TreeProblem {
  /** Path relative to the project root. */
  file: string;
  message: string;
}

function describeStrayFile(name: string): string {
  if (/\.mdx$/i.test(name)) return 'is MDX, which can run code during the build; entries must be plain Markdown: rename it to .md';
  if (/\.(md|markdown|mdown|mkd)$/i.test(name)) return 'is not published: entry files must end in lower-case ".md"; rename it';
  return 'is not an entry file; only ".md" files belong in this folder (move or delete it)';
}

/** Why a file's bytes are not UTF-8 text, if they are not. */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom || bytes.includes(0)) return 'is saved as UTF-16 (or is not text); save it as UTF-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not valid UTF-8 text; save it as UTF-8';
  }
  return undefined;
}

interface Walk {
  entryFiles: string[];
  problems: TreeProblem[];
}

function walkCollection(folder: string, projectRoot: string, walk: Walk): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // a missing collection folder is simply empty
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    const file = relative(projectRoot, path).split(sep).join('/');
    if (entry.isSymbolicLink()) walk.problems.push({ file, message: 'is a symbolic link; content must be plain files and folders' });
    else if (entry.isDirectory()) walkCollection(path, projectRoot, walk);
    else if (!entry.isFile()) walk.problems.push({ file, message: 'is not a plain file' });
    else if (ENTRY_FILE.test(entry.name)) walk.entryFiles.push(path);
    else if (!DRAFT_FILE.test(entry.name)) walk.problems.push({ file, message: describeStrayFile(entry.name) });
  }
}

/** The entry files of one collection folder (no symlinks followed), sorted. */
export function collectionFiles(folder: string): string[] {
  const walk: Walk = { entryFiles: [], problems: [] };
  walkCollection(folder, folder, walk);
  return walk.entryFiles.sort();
}

/** Every stray or linked file in content/, each naming the file (encodings are checked as entries are read). */
export function contentTreeProblems(contentRoot: string, projectRoot: string = process.cwd()): TreeProblem[] {
  const walk: Walk = { entryFiles: [], problems: [] };
  let top;
  try {
    top = readdirSync(contentRoot, { withFileTypes: true });
  } catch {
    return [{ file: relative(projectRoot, contentRoot) || '.', message: 'the content folder cannot be read' }];
  }
  for (const entry of top) {
    const path = join(contentRoot, entry.name);
    const file = relative(projectRoot, path).split(sep).join('/');
    if (entry.isSymbolicLink()) walk.problems.push({ file, message: 'is a symbolic link; content must be plain files and folders' });
    else if (entry.isDirectory() && (COLLECTION_FOLDERS as readonly string[]).includes(entry.name)) walkCollection(path, projectRoot, walk);
    else if (entry.isFile() && TOP_LEVEL_FILES.includes(entry.name)) continue;
    else
      walk.problems.push({
        file,
        message: `does not belong in content/ (only ${COLLECTION_FOLDERS.join('/, ')}/ and ${TOP_LEVEL_FILES.slice(0, 4).join(', ')})`,
      });
  }
  return walk.problems;
}
