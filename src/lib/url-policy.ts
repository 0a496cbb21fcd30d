/**
 * Which URLs from the feed may become links and sources. Everything in a feed is untrusted,
 * so a URL is parsed the way a browser would parse it and kept only when its scheme is on
 * the allowlist; `javascript:`, `data:`, `vbscript:`, `file:`, `blob:` and the rest are dropped.
 */

export type UrlProtocol = 'http:' | 'https:' | 'mailto:' | 'tel:';

export interface UrlPolicy {
  allow?: readonly UrlProtocol[];
}

const DEFAULT_ALLOW: readonly UrlProtocol[] = ['http:', 'https:', 'mailto:', 'tel:'];

// Browsers drop ASCII tab and newlines anywhere in a URL and C0 controls or spaces at its
// ends, so `java\tscript:` is `javascript:` to them; normalise the same way before checking.
const URL_STRIPPED_RE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const URL_EDGES_RE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

// Absolute http(s) URLs already written the way the URL parser serialises them: a
// lower-case host name (no IP address, port, credentials or punycode), a path, and nothing
// to percent-encode or normalise. Most URLs in feeds look like this, and they are kept as
// written: parsing one costs more than anything else done to a feed field.
const CANONICAL_WEB_URL_RE =
  /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?#]*$/;
// A reference that the URL parser copies verbatim (nothing to percent-encode).
const VERBATIM_REFERENCE_RE = /^[A-Za-z0-9\-._~!$&()*+,;=:@%/?#]*$/;
// "." and ".." segments, also percent-encoded, which the parser would remove.
const DOT_SEGMENT_RE = /(?:^|\/)(?:\.|%2e){1,2}(?:[/?#]|$)/i;
/** A URL with a scheme of its own (`https:`, `mailto:`, `javascript:`…). */
export const ABSOLUTE_URL_RE = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function isCanonicalWebUrl(href: string): boolean {
  return CANONICAL_WEB_URL_RE.test(href) && !DOT_SEGMENT_RE.test(href);
}

/**
 * `reference` joined to `base` as strings, exactly as the URL parser would resolve it, or
 * undefined when that takes the parser (absolute or protocol-relative references, dot
 * segments, characters to encode). `base` must be a URL as the parser serialises it
 * (an `href`), with an http(s) scheme.
 */
export function joinReference(reference: string, base: string): string | undefined {
  if (
    !reference ||
    reference.startsWith('//') ||
    ABSOLUTE_URL_RE.test(reference) ||
    !VERBATIM_REFERENCE_RE.test(reference) ||
    DOT_SEGMENT_RE.test(reference)
  ) {
    return undefined;
  }
  // "scheme://authority/path?query#hash"
  const pathStart = base.indexOf('/', base.indexOf('//') + 2);
  if (pathStart === -1) return undefined;
  const hashAt = base.indexOf('#');
  const withoutHash = hashAt === -1 ? base : base.slice(0, hashAt);
  const first = reference.charCodeAt(0);
  if (first === 0x23 /* # */) {
    // Parsers disagree on whether an empty query ("…?") survives: leave that to the parser.
    return withoutHash.endsWith('?') ? undefined : withoutHash + reference;
  }
  const queryAt = withoutHash.indexOf('?');
  const withoutQuery = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  if (first === 0x3f /* ? */) return withoutQuery + reference;
  if (first === 0x2f /* / */) return base.slice(0, pathStart) + reference;
  return withoutQuery.slice(0, withoutQuery.lastIndexOf('/') + 1) + reference;
}

/**
 * The absolute href of `raw` (resolved against `base`) if its protocol is allowed, else
 * undefined. Protocol-relative URLs (`//host/x`) are taken as https. A relative URL
 * without a usable base is undefined.
 */
export function safeUrl(
  raw: unknown,
  base?: string,
  { allow = DEFAULT_ALLOW }: UrlPolicy = {},
): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (isCanonicalWebUrl(raw)) return allowsWeb(raw, allow) ? raw : undefined;
  const cleaned = raw.replace(URL_STRIPPED_RE, '').replace(URL_EDGES_RE, '');
  if (!cleaned) return undefined;
  if (base !== undefined && isCanonicalWebUrl(base)) {
    const joined = joinReference(cleaned, base);
    if (joined !== undefined) return allowsWeb(joined, allow) ? joined : undefined;
  }
  const url = parseUrl(cleaned.startsWith('//') ? `https:${cleaned}` : cleaned, base);
  return url && (allow as readonly string[]).includes(url.protocol) ? url.href : undefined;
}

/** Whether `allow` takes `href`, an http(s) URL. */
function allowsWeb(href: string, allow: readonly UrlProtocol[]): boolean {
  return allow.includes(href.charCodeAt(4) === 0x73 /* s */ ? 'https:' : 'http:');
}

function parseUrl(href: string, base?: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    // An unusable base must not sink an absolute URL.
    if (base === undefined) return undefined;
    try {
      return new URL(href);
    } catch {
      return undefined;
    }
  }
}

/** http/https only: for images, media, embeds and the feed's own page links. */
export const WEB_ONLY: UrlPolicy = { allow: ['http:', 'https:'] };

/** True for an http(s) link that leaves the reader's own origin. */
export function isExternal(href: string, origin: string = window.location.origin): boolean {
  try {
    const url = new URL(href, origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin;
  } catch {
    return false;
  }
}

export interface SrcsetCandidate {
  url: string;
  /** Width or density descriptor, e.g. "640w" or "2x"; empty when absent. */
  descriptor: string;
}

function isSrcsetSpace(code: number): boolean {
  // ASCII whitespace as HTML defines it: tab, LF, FF, CR, space.
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * Splits a `srcset` value into candidates the way the HTML parser does: a URL runs to the
 * next whitespace (so URLs may contain commas), trailing commas end a candidate, and
 * descriptors run to the next comma.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const length = value.length;
  let i = 0;
  while (i < length) {
    while (i < length && (isSrcsetSpace(value.charCodeAt(i)) || value.charCodeAt(i) === 0x2c)) i++;
    if (i >= length) break;
    let end = i;
    while (end < length && !isSrcsetSpace(value.charCodeAt(end))) end++;
    let urlEnd = end;
    while (urlEnd > i && value.charCodeAt(urlEnd - 1) === 0x2c) urlEnd--;
    const url = value.slice(i, urlEnd);
    i = end;
    let descriptor = '';
    if (urlEnd === end) {
      const comma = value.indexOf(',', i);
      const stop = comma === -1 ? length : comma;
      descriptor = value.slice(i, stop).trim();
      i = stop + 1;
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

/** Serialises candidates back into a `srcset` value. */
export function formatSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates
    .map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url))
    .join(', ');
}
