/**
 * Text normalisation for search. The index, the query and the highlighter all go through
 * these functions, so a word is found and marked exactly when its folded form matches.
 *
 * The publication writes in English with Ukrainian words and names quoted in Cyrillic, and
 * readers type on whatever keyboard they have: case, Latin diacritics, the Ukrainian
 * letters ґ ї є (often typed as г і е on a Russian or a phone keyboard) and the three
 * apostrophes in use (' ’ ʼ) must not decide whether an article is found.
 */

/** A word: letters, digits and combining marks, possibly joined by apostrophes. */
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼ`][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHE_RE = /['’‘ʼ`]/g;
// English possessive ("Odesa’s"): the name is what a reader searches for.
const POSSESSIVE_RE = /['’‘ʼ`]s$/i;
const MARK_RE = /\p{M}/gu;
// Letters that carry no decomposition but that readers type in a plainer form.
const LETTER_FOLDS: Record<string, string> = {
  ґ: 'г',
  є: 'е',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
const LETTER_FOLD_RE = /[ґєßæœøłđı]/g;
// NFKD splits й into и + breve; й is a letter of its own in Ukrainian and Russian and is
// kept (ї and ё, on the other hand, fold to і and е, as intended).
const SHORT_I_RE = /и\u0306/g;
const SHORT_I_MARKER = '\uE000';
const SHORT_I_MARKER_RE = /\uE000/g;
// Words that occur in nearly every English article: indexing them costs memory and time
// and a query for them would match everything.
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'this',
  'to',
  'was',
  'were',
  'with',
]);
// The fold of a word is pure: cache it, as the same words recur across thousands of articles.
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/** Case-, diacritic-, letter-variant- and apostrophe-insensitive form of any text. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(SHORT_I_RE, SHORT_I_MARKER)
    .replace(MARK_RE, '')
    .replace(SHORT_I_MARKER_RE, 'й')
    .replace(LETTER_FOLD_RE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(APOSTROPHE_RE, '');
}

/** The folded form of one word, as it is indexed and searched ("Пам’ять" → "память"). */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = foldText(word.replace(POSSESSIVE_RE, ''));
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** The words of a text as written (apostrophes kept inside a word). */
export function splitWords(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Whether a folded word is too common to index or to search for. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** The terms of a text as the index stores them: folded words, stop words left out. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    const term = foldWord(word);
    if (term && !isStopWord(term)) terms.push(term);
  }
  return terms;
}

/** A piece of text to show: plain, or one matched word to mark. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** Whether a word matches a search: its folded form starts with one of the folded terms. */
export function wordMatches(word: string, terms: readonly string[]): boolean {
  const folded = foldWord(word);
  return folded !== '' && terms.some((term) => folded.startsWith(term));
}

/**
 * Splits a text into plain runs and matched words (see `wordMatches`). The parts are
 * strings for text nodes: nothing here is ever parsed as markup.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  if (terms.length === 0) return text ? [{ text, match: false }] : parts;
  let last = 0;
  for (const found of text.matchAll(WORD_RE)) {
    const word = found[0];
    const start = found.index;
    if (!wordMatches(word, terms)) continue;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: word, match: true });
    last = start + word.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** Whether any word of a text matches the search. */
export function textMatches(text: string, terms: readonly string[]): boolean {
  for (const found of text.matchAll(WORD_RE)) if (wordMatches(found[0], terms)) return true;
  return false;
}

/**
 * About `length` characters of `text` around its first matched word (cut at spaces, with
 * "…" where cut), or its opening when no word matches.
 */
export function excerptAround(text: string, terms: readonly string[], length = 200): string {
  if (text.length <= length) return text;
  let at = -1;
  for (const found of text.matchAll(WORD_RE)) {
    if (wordMatches(found[0], terms)) {
      at = found.index;
      break;
    }
  }
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  if (start > 0) {
    // Start at a word, never after the matched one.
    const space = text.indexOf(' ', start - 1);
    if (space >= 0 && space < (at < 0 ? end : at)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
