/**
 * Detects copied prose: the longest run of consecutive words a text shares with a source.
 * Words are compared lower-cased with punctuation and apostrophes removed, so small
 * edits to punctuation do not hide a copied sentence.
 */

/** Splits text into comparable words. */
export function comparableWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’‘]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** All runs of `length` consecutive words in a text, as strings. */
export function wordRuns(words: readonly string[], length: number): Set<string> {
  const runs = new Set<string>();
  for (let start = 0; start + length <= words.length; start += 1) runs.add(words.slice(start, start + length).join(' '));
  return runs;
}

/**
 * The first run of `length` words that `text` shares with any run in `sourceRuns`, or undefined.
 * Build `sourceRuns` once with wordRuns() and reuse it for every text.
 */
export function sharedRun(text: string, sourceRuns: ReadonlySet<string>, length: number): string | undefined {
  const words = comparableWords(text);
  for (let start = 0; start + length <= words.length; start += 1) {
    const run = words.slice(start, start + length).join(' ');
    if (sourceRuns.has(run)) return run;
  }
  return undefined;
}
