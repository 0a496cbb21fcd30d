// Apostrophes vanish rather than split a word ("don't" → "dont", not "don-t").
const APOSTROPHE_RE = /['’ʼ]/g;
// Anything that is not a letter, a combining mark or a digit, in any script.
const SEPARATOR_RE = /[^\p{L}\p{M}\p{N}]+/gu;
// ASCII, give or take typographic punctuation (dashes, quotes, ellipsis, no-break space,
// guillemets: all separators either way), needs neither normalisation nor the slower
// Unicode property classes.
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\x00-\x7f\u00a0\u00ab\u00bb\u2010-\u201f\u2026]/;

/**
 * A URL segment from any text: NFKC-normalised, lower case, Unicode letters and digits
 * kept (Cyrillic, CJK…), every other run of characters turned into one hyphen. Longer
 * results are cut at a hyphen so no word is split, as long as that keeps half the length.
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = NON_ASCII_RE.test(text) ? unicodeSlug(text) : asciiSlug(text, maxLength);
  if (slug.length <= maxLength) return slug;
  return cutAtHyphen(slug, maxLength);
}

function unicodeSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHE_RE, '')
    .replace(SEPARATOR_RE, '-');
  // Separators are already collapsed, so at most one hyphen sits at either end.
  const start = slug.startsWith('-') ? 1 : 0;
  const end = slug.endsWith('-') ? slug.length - 1 : slug.length;
  return start === 0 && end === slug.length ? slug : slug.slice(start, end);
}

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

// The slug being built, as character codes. Reused from call to call: a slug is made for
// every article of every feed page, and building it code by code leaves nothing behind,
// where lower-casing and replacing each made a string to throw away.
const slugCodes: number[] = [];

/** The same as unicodeSlug for ASCII text, in one pass over the characters. */
function asciiSlug(text: string, maxLength: number): string {
  let length = 0;
  let separated = false;
  // A slug longer than maxLength is cut, and its first maxLength + 1 characters say where.
  for (let i = 0; i < text.length && length <= maxLength; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code += 0x20; // A–Z to lower case
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (separated && length > 0) slugCodes[length++] = HYPHEN;
      slugCodes[length++] = code;
      separated = false;
    } else if (code !== APOSTROPHE && code !== RIGHT_SINGLE_QUOTE) {
      separated = true;
    }
  }
  slugCodes.length = length;
  return String.fromCharCode(...slugCodes);
}

function cutAtHyphen(slug: string, maxLength: number): string {
  let cut = slug.slice(0, maxLength);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const hyphen = cut.lastIndexOf('-');
  if (slug.charAt(cut.length) !== '-' && hyphen >= maxLength / 2) cut = cut.slice(0, hyphen);
  // Separators are collapsed and never lead, so only one hyphen can end the cut.
  return cut.endsWith('-') ? cut.slice(0, -1) : cut;
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
