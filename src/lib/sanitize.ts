/**
 * Turns a feed item's HTML into markup that is safe to insert into the page. Everything in
 * a feed is untrusted: no script runs, no CSS applies, no unsafe URL becomes a link or a
 * source. Only loaded on article pages (see load-sanitizer.ts), so DOMPurify stays out of
 * the first-load bundle.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { rewriteAttributes, stripControlChars } from './text';
import {
  formatSrcset,
  isExternal,
  parseSrcset,
  safeUrl,
  WEB_ONLY,
  type UrlPolicy,
} from './url-policy';

// prettier-ignore
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q',
  'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'picture', 'source', 'img', 'video', 'audio',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'code', 'pre', 'kbd', 'a', 'span', 'div', 'time', 'details', 'summary',
  // Kept only from the embed allowlist; every other iframe becomes a link (see below).
  'iframe',
];

// prettier-ignore
const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'type', 'alt', 'title', 'width', 'height',
  'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir', 'controls', 'poster',
  'start', 'reversed',
];

// When an element is dropped its text is normally kept; for these, the content goes too.
// prettier-ignore
const FORBID_CONTENTS = [
  'script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'noembed',
  'noframes', 'plaintext', 'xmp', 'head', 'title', 'select', 'textarea', 'frameset',
];

const CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_CONTENTS,
  KEEP_CONTENT: true,
  RETURN_DOM: true,
};

const LINK_POLICY: UrlPolicy = { allow: ['http:', 'https:', 'mailto:', 'tel:'] };

const EMBED_HOSTS = new Map([
  ['www.youtube.com', 'YouTube'],
  ['youtube.com', 'YouTube'],
  ['m.youtube.com', 'YouTube'],
  ['www.youtube-nocookie.com', 'YouTube'],
  ['youtube-nocookie.com', 'YouTube'],
  ['player.vimeo.com', 'Vimeo'],
]);

// Analytics beacons that feeds embed as images (Matomo/Piwik, Google, Facebook, WordPress
// stats, FeedBurner) and conventional pixel file names.
const TRACKER_SRC_RE =
  /\b(?:matomo|piwik)\b|[?&]idsite=|google-analytics\.com|googletagmanager\.com|doubleclick\.net|facebook\.com\/tr\b|(?:stats|pixel)\.wp\.com|feeds\.feedburner\.com\/~r\/|\/(?:pixel|beacon|1x1|spacer|blank)\.(?:gif|png)(?:[?#]|$)/i;
const TINY_STYLE_RE = /(?:^|;)\s*(?:width|height)\s*:\s*[0-2](?:\.\d+)?px/i;
// Content its author hid (and a script of theirs might have revealed): it stays hidden.
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const INVISIBLE_TEXT_RE = /^[\s\u200b-\u200d\u2060\ufeff]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

interface Run {
  /** Base for relative URLs: the article's URL, else the page's. */
  base: string;
  /** Whether to write resolved URLs back (only when the caller named a base). */
  rewrite: boolean;
  /** Nodes to drop after DOMPurify's walk (removing them mid-walk is left to DOMPurify). */
  doomed: Element[];
}

// The hooks are registered once on a private instance; this is the state of the call that
// is running (sanitize is synchronous, so there is never more than one).
let run: Run | undefined;
let purifier: Purifier | undefined;

function pixelSize(value: string | null): number | undefined {
  if (value === null) return undefined;
  const size = Number.parseFloat(value);
  return Number.isFinite(size) ? size : undefined;
}

function isTrackingPixel(img: Element): boolean {
  const width = pixelSize(img.getAttribute('width'));
  const height = pixelSize(img.getAttribute('height'));
  if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return true;
  if (TINY_STYLE_RE.test(img.getAttribute('style') ?? '')) return true;
  return TRACKER_SRC_RE.test(img.getAttribute('src') ?? '');
}

function isHidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') || HIDDEN_STYLE_RE.test(element.getAttribute('style') ?? '')
  );
}

/** The embed URL when it is on the allowlist (http is upgraded), else undefined. */
function allowedEmbed(src: string | undefined): { src: string; provider: string } | undefined {
  if (!src) return undefined;
  const url = new URL(src);
  const provider = EMBED_HOSTS.get(url.hostname);
  if (!provider) return undefined;
  url.protocol = 'https:';
  return { src: url.href, provider };
}

function replaceIframe(iframe: Element, base: string): void {
  const src = safeUrl(iframe.getAttribute('src'), base, WEB_ONLY);
  if (src) {
    // The reader still gets to the content, on its own site, by choice.
    const link = iframe.ownerDocument.createElement('a');
    link.setAttribute('href', src);
    link.textContent = `Embedded content: ${new URL(src).host}`;
    iframe.after(link);
  }
  iframe.remove();
}

function uponSanitizeElement(node: Node, event: { tagName: string }): void {
  if (!run || node.nodeType !== 1) return;
  const element = node as Element;
  // A stray <body hidden> in the markup lands on the root that DOMPurify walks from, which
  // must stay (removing it makes DOMPurify throw, and the article would not show at all).
  if (event.tagName !== 'body' && isHidden(element)) {
    element.remove();
    return;
  }
  // Filtered before DOMPurify's own check, which would drop the whole srcset for one bad
  // candidate.
  checkSrcset(element, run);
  switch (event.tagName) {
    case 'iframe':
      if (!allowedEmbed(safeUrl(element.getAttribute('src'), run.base, WEB_ONLY))) {
        replaceIframe(element, run.base);
      }
      break;
    case 'img':
    case 'source': {
      // Lazy-loading scripts keep the real image in data-src; no script runs here.
      const src = element.getAttribute('src');
      const lazy = element.getAttribute('data-src');
      if (lazy && (!src || src.startsWith('data:'))) element.setAttribute('src', lazy);
      const lazySet = element.getAttribute('data-srcset');
      if (lazySet && !element.getAttribute('srcset')) element.setAttribute('srcset', lazySet);
      if (event.tagName === 'img' && isTrackingPixel(element)) element.remove();
      break;
    }
  }
}

function checkUrlAttribute(element: Element, name: string, policy: UrlPolicy, current: Run): void {
  const raw = element.getAttribute(name);
  if (raw === null) return;
  const href = safeUrl(raw, current.base, policy);
  if (!href) element.removeAttribute(name);
  else if (current.rewrite) element.setAttribute(name, href);
}

function checkSrcset(element: Element, current: Run): void {
  const raw = element.getAttribute('srcset');
  if (raw === null) return;
  const candidates = parseSrcset(raw).flatMap(({ url, descriptor }) => {
    const href = safeUrl(url, current.base, WEB_ONLY);
    if (!href) return [];
    return [{ url: current.rewrite ? href : url, descriptor }];
  });
  if (candidates.length === 0) element.removeAttribute('srcset');
  else element.setAttribute('srcset', formatSrcset(candidates));
}

function afterSanitizeAttributes(element: Element): void {
  const current = run;
  if (!current) return;
  checkUrlAttribute(element, 'href', LINK_POLICY, current);
  checkUrlAttribute(element, 'src', WEB_ONLY, current);
  checkUrlAttribute(element, 'poster', WEB_ONLY, current);
  checkUrlAttribute(element, 'cite', WEB_ONLY, current);
  checkSrcset(element, current);

  switch (element.tagName.toLowerCase()) {
    case 'a': {
      const href = element.getAttribute('href');
      if (href && isExternal(safeUrl(href, current.base) ?? href)) {
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      }
      break;
    }
    case 'img':
      if (!element.getAttribute('src') && !element.getAttribute('srcset')) {
        current.doomed.push(element);
        break;
      }
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
      break;
    case 'audio':
    case 'video':
      // Media never plays by itself (autoplay is not on the allowlist) and is always
      // operable, and nothing is downloaded until the reader asks for it.
      element.setAttribute('controls', '');
      element.setAttribute('preload', 'metadata');
      break;
    case 'iframe': {
      // Resolved again: without a base to rewrite against, src is still as the feed wrote
      // it (e.g. protocol-relative).
      const embed = allowedEmbed(safeUrl(element.getAttribute('src'), current.base, WEB_ONLY));
      if (!embed) {
        current.doomed.push(element);
        break;
      }
      element.setAttribute('src', embed.src);
      element.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
      element.setAttribute('loading', 'lazy');
      element.setAttribute('allowfullscreen', '');
      element.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      if (!element.getAttribute('title')?.trim()) {
        element.setAttribute('title', `Embedded video from ${embed.provider}`);
      }
      break;
    }
  }
}

function getPurifier(): Purifier {
  if (purifier) return purifier;
  // A private instance: these hooks must not apply to any other DOMPurify user.
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeElement', uponSanitizeElement);
  instance.addHook('afterSanitizeAttributes', afterSanitizeAttributes);
  purifier = instance;
  return instance;
}

// The passes below look elements up by tag name, not by selector: a selector query sets up
// per-document state (in jsdom it piles up, and every call gets slower than the last), and
// the sanitiser works on a new document each time.

/** The article's own headline is the page's only h1: headings in the body start at h2. */
function demoteH1(root: Element): void {
  for (const h1 of Array.from(root.getElementsByTagName('h1'))) {
    const h2 = root.ownerDocument.createElement('h2');
    for (const { name, value } of Array.from(h1.attributes)) h2.setAttribute(name, value);
    h2.append(...Array.from(h1.childNodes));
    h1.replaceWith(h2);
  }
}

const VISUAL_TAGS = ['img', 'picture', 'video', 'audio'];

/** Links with nothing to read or see (e.g. heading anchors) only confuse screen readers. */
function dropEmptyLinks(root: Element): void {
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    if (
      INVISIBLE_TEXT_RE.test(link.textContent ?? '') &&
      !VISUAL_TAGS.some((tag) => link.getElementsByTagName(tag).length > 0)
    ) {
      link.remove();
    }
  }
}

function stripControlText(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (CONTROL_RE.test(text)) node.nodeValue = stripControlChars(text);
  }
}

/**
 * Sanitises an article body for `dangerouslySetInnerHTML`. Relative URLs resolve against
 * `baseUrl` (written back as absolute URLs) or, without it, against the page.
 */
export function sanitizeArticleHtml(html: string, baseUrl?: string): string {
  const base = safeUrl(baseUrl, undefined, WEB_ONLY);
  const current: Run = { base: base ?? document.baseURI, rewrite: base !== undefined, doomed: [] };
  run = current;
  let body: Element | null;
  try {
    // The HTML parser may give up on a document (jsdom does on some CSS in style
    // attributes); styles are dropped anyway, so try once more without them.
    body =
      getPurifier().sanitize(html, CONFIG) ??
      getPurifier().sanitize(
        rewriteAttributes(html, (name) => (name === 'style' ? null : undefined)),
        CONFIG,
      );
  } finally {
    run = undefined;
  }
  if (!body) return '';
  for (const element of current.doomed) element.remove();
  demoteH1(body);
  dropEmptyLinks(body);
  stripControlText(body);
  return body.innerHTML;
}
