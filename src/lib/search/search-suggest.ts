/**
 * "Did you mean": a correction for misspelt words, drawn from the catalogue's own words (titles,
 * publishers, places, topics; see catalogueWords). Pure, so it runs in the browser over the word
 * list the build writes (search/words.json) and in unit tests.
 */

/** Words shorter than this are never corrected (too many near neighbours). */
const MIN_WORD = 4;

/**
 * The words of a text as the suggester sees them: lower case letters and digits, accents kept, and
 * apostrophes inside a word dropped ("America's" → "americas"), as the search index reads them.
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The catalogue's vocabulary: every word of MIN_WORD letters or more from the given texts, most
 * frequent first (ties in alphabetical order), each once. Frequency breaks ties between corrections.
 */
export function catalogueWords(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length >= MIN_WORD) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(value);
      best = Math.min(best, value);
    }
    if (i > 0 && best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may need: one up to 5 letters, two from 6. */
function allowance(word: string): number {
  return word.length >= 6 ? 2 : 1;
}

/** The closest catalogue word to `word`, or undefined if it is known already or nothing is close. */
export function closestWord(
  word: string,
  vocabulary: readonly string[],
  known: ReadonlySet<string> = new Set(vocabulary),
): string | undefined {
  if (word.length < MIN_WORD || known.has(word) || /^\p{N}+$/u.test(word)) return undefined;
  const limit = allowance(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  // The vocabulary is most frequent first, so on a tie the commoner word wins.
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/**
 * The query with each unknown word replaced by its closest catalogue word, or undefined when no
 * word needs correcting. Other words (known, short, numbers) are kept as typed.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = wordsOf(query).map((word) => {
    const closest = closestWord(word, vocabulary, known);
    if (closest === undefined) return word;
    changed = true;
    return closest;
  });
  return changed ? words.join(' ') : undefined;
}

/**
 * Whether the index really matched what was typed: some highlighted word in the results' excerpts
 * begins with a word of the query. The index answers an unknown word with loose matches (a
 * misspelt name finds pages highlighting "a"), so a search can find many pages and none of them
 * about the word typed; then a correction is worth offering.
 */
export function matchesTypedWords(markedWords: readonly string[], query: string): boolean {
  const typed = wordsOf(query).filter((word) => word.length >= MIN_WORD);
  if (typed.length === 0) return true;
  const marked = markedWords.flatMap(wordsOf);
  return typed.some((word) => marked.some((mark) => mark.startsWith(word) || (mark.length >= MIN_WORD && word.startsWith(mark))));
}
