// Apostrophes vanish rather than split a word ("don't" → "dont", not "don-t").
const APOSTROPHE_RE = /['’ʼ]/g;
// Anything that is not a letter, a combining mark or a digit, in any script.
const SEPARATOR_RE = /[^\p{L}\p{M}\p{N}]+/gu;
const EDGE_HYPHENS_RE = /^-+|-+$/g;
// ASCII, give or take typographic punctuation (dashes, quotes, ellipsis, no-break space,
// guillemets: all separators either way), needs neither normalisation nor the slower
// Unicode property classes.
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\x00-\x7f\u00a0\u00ab\u00bb\u2010-\u201f\u2026]/;
const ASCII_SEPARATOR_RE = /[^a-z0-9]+/g;

/**
 * A URL segment from any text: NFKC-normalised, lower case, Unicode letters and digits
 * kept (Cyrillic, CJK…), every other run of characters turned into one hyphen. Longer
 * results are cut at a hyphen so no word is split, as long as that keeps half the length.
 */
export function slugify(text: string, maxLength = 60): string {
  const ascii = !NON_ASCII_RE.test(text);
  const slug = (ascii ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(APOSTROPHE_RE, '')
    .replace(ascii ? ASCII_SEPARATOR_RE : SEPARATOR_RE, '-');
  // Separators are already collapsed, so at most one hyphen sits at either end.
  const start = slug.startsWith('-') ? 1 : 0;
  const end = slug.endsWith('-') ? slug.length - 1 : slug.length;
  const trimmed = start === 0 && end === slug.length ? slug : slug.slice(start, end);
  if (trimmed.length <= maxLength) return trimmed;
  return cutAtHyphen(trimmed, maxLength);
}

function cutAtHyphen(slug: string, maxLength: number): string {
  let cut = slug.slice(0, maxLength);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const hyphen = cut.lastIndexOf('-');
  if (slug.charAt(cut.length) !== '-' && hyphen >= maxLength / 2) cut = cut.slice(0, hyphen);
  return cut.replace(EDGE_HYPHENS_RE, '');
}

const HASH_SPACE = 36 ** 6;

/**
 * Six base-36 characters from the 32-bit FNV-1a hash of the text's UTF-16 code units:
 * short enough for a URL, stable across loads, builds and browsers.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % HASH_SPACE).toString(36).padStart(6, '0');
}
