/**
 * Typo correction for search: the known word closest to a misspelt one. A word is a few
 * edits away from what was meant (a letter left out, added, changed, or two swapped):
 * one edit for words up to eight letters, two for longer ones.
 */

const LONG_WORD = 9;

/** The number of edits a word of this length may be away from the word meant. */
export function allowedEdits(length: number): number {
  return length >= LONG_WORD ? 2 : 1;
}

/**
 * Edit distance between two words (insertions, deletions, substitutions and swaps of
 * neighbouring letters), or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known word closest to `word` within the allowed edits; between equally close
 * ones, the most frequent. Undefined when none is close enough.
 */
export function closestTerm(
  word: string,
  frequencies: ReadonlyMap<string, number>,
): string | undefined {
  const max = allowedEdits(word.length);
  let best: string | undefined;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  for (const [candidate, frequency] of frequencies) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const distance = editDistance(word, candidate, Math.min(max, bestDistance));
    if (
      distance < bestDistance ||
      (distance === bestDistance && distance <= max && frequency > bestFrequency)
    ) {
      best = candidate;
      bestDistance = distance;
      bestFrequency = frequency;
    }
  }
  return bestDistance <= max ? best : undefined;
}
