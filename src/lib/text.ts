/**
 * Plain-text helpers for feed fields. They run on every item of every page (also in Node,
 * without a DOM), so each one is a single pass with regular expressions compiled once.
 */

// The named references feeds actually use. The full HTML table (2,000+ names) would cost
// more bundle than it is worth; an unknown name is left as written.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  ZeroWidthSpace: '\u200b',
  lrm: '\u200e',
  rlm: '\u200f',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  minus: '\u2212',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  prime: '\u2032',
  Prime: '\u2033',
  bull: '\u2022',
  middot: '\u00b7',
  para: '\u00b6',
  sect: '\u00a7',
  dagger: '\u2020',
  Dagger: '\u2021',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  sup2: '\u00b2',
  sup3: '\u00b3',
  micro: '\u00b5',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  curren: '\u00a4',
  larr: '\u2190',
  rarr: '\u2192',
  uarr: '\u2191',
  darr: '\u2193',
  harr: '\u2194',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  auml: '\u00e4',
  ouml: '\u00f6',
  uuml: '\u00fc',
  Auml: '\u00c4',
  Ouml: '\u00d6',
  Uuml: '\u00dc',
  szlig: '\u00df',
  eacute: '\u00e9',
  egrave: '\u00e8',
  ecirc: '\u00ea',
  aacute: '\u00e1',
  agrave: '\u00e0',
  acirc: '\u00e2',
  oacute: '\u00f3',
  iacute: '\u00ed',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  ccedil: '\u00e7',
  Eacute: '\u00c9',
};

// Numeric references 128–159 name Windows-1252 characters in practice (HTML does the same).
const CP1252: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
  const mapped = CP1252[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) {
    return '\ufffd';
  }
  return String.fromCodePoint(mapped);
}

/**
 * Decodes HTML character references exactly once: `&amp;lt;` becomes `&lt;`, not `<`.
 * Only terminated references (`&name;`) are decoded, so prose such as `AT&T` stays intact.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (match, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return (name !== undefined && NAMED_ENTITIES[name]) || match;
  });
}

// C0 controls except tab and line feed, DEL, C1 controls and the byte-order mark.
// A carriage return is handled separately so that CRLF and lone CR both become LF.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/g;
const CR_RE = /\r\n?/g;
// eslint-disable-next-line no-control-regex
const CONTROL_TEST_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/;

/** Removes control characters (keeping `\n` and `\t`; CR/CRLF become `\n`). */
export function stripControlChars(text: string): string {
  // Testing first keeps the common case (nothing to strip) free of allocations.
  let result = text;
  if (result.includes('\r')) result = result.replace(CR_RE, '\n');
  if (CONTROL_TEST_RE.test(result)) result = result.replace(CONTROL_RE, '');
  return result;
}

// Only runs that are not already a single space: most matches in prose would be no-ops.
const WHITESPACE_RE = /\s\s+|[^\S ]/g;

/** Collapses every run of whitespace (including line breaks) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RE, ' ').trim();
}

// A line with nothing to decode, strip or collapse: no "&", no control character, and no
// whitespace but single spaces between words. Most titles and summaries are written so,
// and one test is cheaper than the three passes that would each change nothing.
// eslint-disable-next-line no-control-regex
const PLAIN_LINE_RE = /^[^\s&\u0000-\u001f\u007f-\u009f]+(?: [^\s&\u0000-\u001f\u007f-\u009f]+)*$/;

/** Decoded, control-free, single-line text: the treatment for titles, names and tags. */
export function toPlainLine(raw: string): string {
  if (PLAIN_LINE_RE.test(raw)) return raw;
  return collapseWhitespace(stripControlChars(decodeEntities(raw)));
}

// One pass over the markup: comments and declarations, elements whose content is never
// reader-visible text (dropped whole), and every other tag (captured by name).
// Tags are matched as an unrolled loop (plain run, then quoted value and plain run,
// repeated): linear, and quoted values may contain ">".
const MARKUP_RE =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|template|noscript|iframe|object|svg|math|head|title|textarea|select)\b[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>|<[!?][^>]*>/gi;
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'audio',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'picture',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'video',
]);

function replaceMarkup(_markup: string, _hidden?: string, name?: string): string {
  return name === undefined || BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : '';
}

/**
 * The reader-visible text of an HTML fragment, on one line: tags removed (block boundaries
 * become spaces so words do not run together), script/style content dropped, entities
 * decoded once, whitespace collapsed. No DOM needed.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  const text = html.includes('<') ? html.replace(MARKUP_RE, replaceMarkup) : html;
  return collapseWhitespace(stripControlChars(decodeEntities(text)));
}

// An opening tag that has attributes, written as an unrolled loop (plain run, then a quoted
// value and a plain run, repeated): linear, and quoted values may contain ">".
const OPEN_TAG_RE = /<[a-zA-Z][^\s/>]*\s[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
// One attribute, with its value if it has one. Matching attribute by attribute from the
// left consumes quoted values whole, so text inside another value is never taken for one.
const ATTRIBUTE_RE = /(\s+)([^\s"'<>/=]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const AMP_RE = /&/g;
const QUOT_RE = /"/g;

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  let escaped = value;
  if (escaped.includes('&')) escaped = escaped.replace(AMP_RE, '&amp;');
  if (escaped.includes('"')) escaped = escaped.replace(QUOT_RE, '&quot;');
  return escaped;
}

/**
 * Rewrites attribute values in the opening tags of an HTML string, without a DOM. `rewrite`
 * receives the lower-case name and the decoded value and returns the new value, `null` to
 * drop the attribute, or `undefined` to keep it as written. Text between tags is never
 * touched, so a code sample that shows `href="/x"` stays as it is.
 */
export function rewriteAttributes(
  html: string,
  rewrite: (name: string, value: string) => string | null | undefined,
): string {
  if (!html.includes('<')) return html;
  return html.replace(OPEN_TAG_RE, (tag) =>
    tag.replace(
      ATTRIBUTE_RE,
      (
        match,
        space: string,
        name: string,
        assignment?: string,
        dq?: string,
        sq?: string,
        bare?: string,
      ) => {
        if (assignment === undefined) return match;
        const value = rewrite(name.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
        if (value === undefined) return match;
        return value === null ? '' : `${space}${name}="${escapeAttribute(value)}"`;
      },
    ),
  );
}

const TRAILING_PUNCTUATION_RE = /[\s,;:.\-–—(]+$/u;

/**
 * Shortens one line of text to at most `max` characters plus "…", cutting at the last
 * word boundary that keeps at least half of the allowance. Text without spaces (Chinese,
 * Japanese) is cut at a character, never inside a surrogate pair.
 */
export function truncateAtWord(text: string, max = 80): string {
  const line = collapseWhitespace(text);
  if (line.length <= max) return line;
  let cut = line.slice(0, max);
  // Do not leave half of a surrogate pair at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (line.charAt(cut.length) !== ' ' && space >= max / 2) cut = cut.slice(0, space);
  return `${cut.replace(TRAILING_PUNCTUATION_RE, '')}…`;
}
