/**
 * Raw JSON Feed → the reader's model (see ../model.ts). Runs on every page load and in
 * Node benchmarks, so it needs no DOM and compiles every regular expression once.
 *
 * Only a document that is not a JSON Feed at all throws; everything else is repaired or,
 * for an item that cannot be identified, skipped with a note in `warnings`.
 */
import * as v from 'valibot';
import { markdownToPlainText } from '../../../lib/plain-text-body';
import { shortHash, slugify } from '../../../lib/slug';
import {
  htmlToText,
  rewriteAttributes,
  stripControlChars,
  toPlainLine,
  truncateAtWord,
} from '../../../lib/text';
import {
  ABSOLUTE_URL_RE,
  formatSrcset,
  joinReference,
  parseSrcset,
  safeUrl,
  type UrlProtocol,
} from '../../../lib/url-policy';
import type { Article, Attachment, Author, FeedMeta, FeedPage, Section } from '../model';
import { FeedError } from './feed-error';
import {
  RawAttachmentSchema,
  RawAuthorSchema,
  RawFeedSchema,
  RawItemSchema,
  RawSectionSchema,
  readRawItem,
  type RawItem,
} from './feed-schema';

const DEFAULT_SECTION = 'News';
const UNTITLED_FEED = 'Untitled feed';
const TITLE_FALLBACK_LENGTH = 80;

const WEB: readonly UrlProtocol[] = ['http:', 'https:'];
const AUTHOR_LINK: readonly UrlProtocol[] = ['http:', 'https:', 'mailto:'];

// A feed built on a laptop may point every URL at localhost. Served from anywhere else,
// such links lead nowhere for the reader (or to a service on the reader's own machine),
// so they are treated as missing unless the feed itself was fetched from a loopback host.
const LOOPBACK_RE =
  /^https?:\/\/(?:[^/?#@]*@)?(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)(?::\d+)?(?:[/?#]|$)/i;

type UrlResolver = (
  raw: unknown,
  base: string | undefined,
  allow?: readonly UrlProtocol[],
) => string | undefined;

function urlResolver(fetchedUrl: string): UrlResolver {
  const allowLoopback = LOOPBACK_RE.test(fetchedUrl);
  return (raw, base, allow = WEB) => {
    const href = safeUrl(raw, base, { allow });
    return href && (allowLoopback || !LOOPBACK_RE.test(href)) ? href : undefined;
  };
}

// ---------------------------------------------------------------------------------------
// Dates

// The layout JSON Feed prescribes, which nearly every feed uses ("2026-11-20T18:00:00Z",
// "…+02:00"): read by position, since a match would make a string for every field of every
// date of every page.
const RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
// RFC 3339 plus what feeds really write: no seconds, no zone (taken as UTC), a space for
// the "T", or a bare date.
const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?[ \t]*(?:([Zz]|UTC|GMT)|([+-])(\d{2}):?(\d{2}))?$/;
// RFC 822/2822 dates from feeds converted from RSS ("Tue, 10 Jun 2003 04:00:00 GMT").
const RFC2822_RE =
  /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*(?:[A-Za-z]{1,5}|[+-]\d{4})?$/;

/** "00" to "59", for months, days, hours, minutes and seconds. */
const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The number written in `length` ASCII digits of `text`, from `start`. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
  return value;
}

/** An ISO 8601 UTC string for the date forms feeds use, or undefined. */
export function parseFeedDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (RFC3339_RE.test(text)) {
    const zoned = text.length > 20; // "+hh:mm" or "-hh:mm" rather than "Z"
    return toUtcString(
      digitsAt(text, 0, 4),
      digitsAt(text, 5, 2),
      digitsAt(text, 8, 2),
      digitsAt(text, 11, 2),
      digitsAt(text, 14, 2),
      digitsAt(text, 17, 2),
      '000',
      zoned && text[19] === '-' ? -1 : 1,
      zoned ? digitsAt(text, 20, 2) : 0,
      zoned ? digitsAt(text, 23, 2) : 0,
    );
  }
  const match = DATE_RE.exec(text);
  if (!match) {
    if (!RFC2822_RE.test(text)) return undefined;
    const time = Date.parse(text);
    return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', , sign, oh = '0', om = '0'] = match;
  return toUtcString(
    Number(y),
    Number(mo),
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    frac ? frac.slice(0, 3).padEnd(3, '0') : '000',
    sign === '-' ? -1 : 1,
    Number(oh),
    Number(om),
  );
}

/**
 * The ISO 8601 UTC string for a local date and time with its offset from UTC, or
 * undefined when no such date or time exists. `milliseconds` is three digits.
 */
function toUtcString(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  milliseconds: string,
  offsetSign: number,
  offsetHours: number,
  offsetMinutes: number,
): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  if (hour > 23 || minute > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const shownSecond = Math.min(second, 59); // a leap second is shown as :59
  const offset = offsetSign * (offsetHours * 60 + offsetMinutes);
  // Most dates stay on the same calendar day in UTC: format those directly, which is
  // several times cheaper than a Date round trip (this runs for every item of every page).
  const minutes = hour * 60 + minute - offset;
  if (minutes >= 0 && minutes < 24 * 60) {
    const date = `${year}-${TWO_DIGITS[month]!}-${TWO_DIGITS[day]!}`;
    const time = `${TWO_DIGITS[Math.floor(minutes / 60)]!}:${TWO_DIGITS[minutes % 60]!}:${TWO_DIGITS[shownSecond]!}`;
    return `${date}T${time}.${milliseconds}Z`;
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, shownSecond, Number(milliseconds));
  return new Date(local - offset * 60_000).toISOString();
}

// ---------------------------------------------------------------------------------------
// Relative URLs inside content_html

/** The absolute URL for a relative reference, or undefined when it is absolute or unusable. */
export function resolveReference(value: string, base: string): string | undefined {
  if (!value || ABSOLUTE_URL_RE.test(value)) return undefined;
  // Most links in feeds can be joined to the base as strings (`base` is always an href
  // here); new URL() for each of them would be the slowest part of normalising a page.
  const joined = joinReference(value, base);
  if (joined !== undefined) return joined;
  try {
    return value.startsWith('//') ? new URL(`https:${value}`).href : new URL(value, base).href;
  } catch {
    return undefined;
  }
}

function resolveSrcset(value: string, base: string): string | undefined {
  let changed = false;
  const candidates = parseSrcset(value).map((candidate) => {
    const url = resolveReference(candidate.url, base);
    if (url === undefined) return candidate;
    changed = true;
    return { url, descriptor: candidate.descriptor };
  });
  return changed ? formatSrcset(candidates) : undefined;
}

/**
 * Makes relative `href`/`src`/`srcset`/`poster` values inside tags absolute against
 * `base`. Nothing is sanitised here: that happens at render time.
 */
export function resolveHtmlUrls(html: string, base: string): string {
  return rewriteAttributes(html, (name, value) => {
    if (name === 'href' || name === 'src' || name === 'poster') {
      return resolveReference(value.trim(), base);
    }
    return name === 'srcset' ? resolveSrcset(value, base) : undefined;
  });
}

// ---------------------------------------------------------------------------------------
// Authors, tags, sections, attachments

type AuthorCache = Map<string, Author | undefined>;

function isRelative(raw: string): boolean {
  return raw.trim() !== '' && !ABSOLUTE_URL_RE.test(raw.trim());
}

// One Author object (and one set of URL checks) per distinct author. Relative links depend
// on the item, so they are part of the key.
function authorKey(name: string, url: string, avatar: string, base: string): string {
  const relative = isRelative(url) || isRelative(avatar);
  return `${name}\u0000${url}\u0000${avatar}${relative ? `\u0000${base}` : ''}`;
}

/**
 * The cache key of an author object as written, when its fields have the types
 * RawAuthorSchema takes (so the schema would give the same key); else undefined.
 */
function knownAuthorKey(raw: unknown, base: string): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { name, url = '', avatar = '' } = raw as Record<string, unknown>;
  if (typeof name !== 'string' || typeof url !== 'string' || typeof avatar !== 'string') {
    return undefined;
  }
  return authorKey(name, url, avatar, base);
}

function readAuthor(
  raw: unknown,
  base: string,
  resolve: UrlResolver,
  cache: AuthorCache,
): Author | undefined {
  // The same people sign item after item: an author seen before is recognised by the
  // fields as written, so each distinct author is validated and built once per page.
  const known = knownAuthorKey(raw, base);
  if (known !== undefined && cache.has(known)) return cache.get(known);
  const parsed = v.safeParse(RawAuthorSchema, raw);
  if (!parsed.success) return undefined;
  const { name: rawName, url: rawUrl = '', avatar: rawAvatar = '' } = parsed.output;
  const key = authorKey(rawName, rawUrl, rawAvatar, base);
  if (cache.has(key)) return cache.get(key);
  let author: Author | undefined;
  const name = toPlainLine(rawName);
  if (name) {
    author = { slug: slugify(name) || shortHash(name), name };
    const url = resolve(rawUrl, base, AUTHOR_LINK);
    if (url) author.url = url;
    const avatar = resolve(rawAvatar, base);
    if (avatar) author.avatar = avatar;
  }
  cache.set(key, author);
  return author;
}

/** 1.1 `authors` when it yields anyone, else the version 1 `author` object. */
function readAuthors(
  list: readonly unknown[] | undefined,
  legacy: unknown,
  base: string,
  resolve: UrlResolver,
  cache: AuthorCache,
): Author[] {
  const authors: Author[] = [];
  for (const raw of list ?? []) {
    const author = readAuthor(raw, base, resolve, cache);
    if (author && !authors.some((known) => known.slug === author.slug)) authors.push(author);
  }
  if (authors.length === 0 && legacy !== undefined) {
    const author = readAuthor(legacy, base, resolve, cache);
    if (author) authors.push(author);
  }
  return authors;
}

// Machine tags ("medium:id=64164f20e87") are bookkeeping for other systems, not topics.
const MACHINE_TAG_RE = /^[a-z][\w-]*:[\w-]+=/i;

/** A tag or section name as shown, and in lower case to spot one written twice. */
interface Label {
  text: string;
  key: string;
}

/** Tags and section names repeat from item to item: each distinct one is cleaned once. */
type LabelCache = Map<string, Label>;

function cleanLabel(raw: string, cache: LabelCache): Label {
  let label = cache.get(raw);
  if (label === undefined) {
    let text = toPlainLine(raw);
    if (MACHINE_TAG_RE.test(text)) text = '';
    label = { text, key: text.toLowerCase() };
    cache.set(raw, label);
  }
  return label;
}

function readTags(raw: RawItem['tags'], cache: LabelCache): string[] {
  if (raw === undefined || raw === '') return [];
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  const tags: string[] = [];
  const keys: string[] = [];
  for (const entry of list) {
    if (typeof entry !== 'string') continue;
    const { text, key } = cleanLabel(entry, cache);
    if (!text || keys.includes(key)) continue;
    keys.push(key);
    tags.push(text);
  }
  return tags;
}

function readDeclaredSections(raw: readonly unknown[] | undefined): Section[] {
  const sections: Section[] = [];
  const seen = new Set<string>();
  for (const entry of raw ?? []) {
    const parsed = v.safeParse(RawSectionSchema, entry);
    if (!parsed.success) continue;
    const name = toPlainLine(parsed.output.name);
    if (!name) continue;
    const given = parsed.output.slug?.trim();
    const slug = given || slugify(name) || shortHash(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    sections.push({ slug, name });
  }
  return sections;
}

/** One shared Section object per distinct name, using the declared slug where there is one. */
function sectionLookup(declared: readonly Section[]): (name: string) => Section {
  const byName = new Map<string, Section>();
  const byLowerName = new Map<string, Section>();
  for (const section of declared) {
    byName.set(section.name, section);
    if (!byLowerName.has(section.name.toLowerCase())) {
      byLowerName.set(section.name.toLowerCase(), section);
    }
  }
  return (name) => {
    let section = byName.get(name) ?? byLowerName.get(name.toLowerCase());
    if (!section) {
      section = { slug: slugify(name) || shortHash(name), name };
      byName.set(name, section);
    }
    return section;
  };
}

function readAttachments(
  raw: readonly unknown[] | undefined,
  base: string,
  resolve: UrlResolver,
): Attachment[] {
  const attachments: Attachment[] = [];
  for (const entry of raw ?? []) {
    const parsed = v.safeParse(RawAttachmentSchema, entry);
    if (!parsed.success) continue;
    const { url: rawUrl, mime_type, title, size_in_bytes, duration_in_seconds } = parsed.output;
    const url = resolve(rawUrl, base);
    const mimeType = mime_type.trim();
    if (!url || !mimeType) continue;
    const attachment: Attachment = { url, mimeType };
    const plainTitle = title ? toPlainLine(title) : '';
    if (plainTitle) attachment.title = plainTitle;
    if (size_in_bytes !== undefined && size_in_bytes >= 0) attachment.sizeInBytes = size_in_bytes;
    if (duration_in_seconds !== undefined && duration_in_seconds >= 0) {
      attachment.durationInSeconds = duration_in_seconds;
    }
    attachments.push(attachment);
  }
  return attachments;
}

// ---------------------------------------------------------------------------------------
// Items

interface FeedContext {
  /** Base for the feed's own links: home_page_url, else the fetched URL. */
  pageBase: string;
  /** The feed's icon and favicon: some generators repeat them as every item's image. */
  siteIcons: ReadonlySet<string>;
  resolve: UrlResolver;
  feedAuthors: Author[];
  authorCache: AuthorCache;
  labels: LabelCache;
  source: Author;
  language?: string;
  section: (name: string) => Section;
}

const IMG_RE = /<img\b/i;

/** What an article's body fields are derived from, and what they became once read. */
interface LazyBody {
  /** `content_html` as the feed wrote it. */
  html: string | undefined;
  /** `content_text`, minus control characters. */
  text: string | undefined;
  /** Base for the body's relative links. */
  base: string;
  contentHtml?: string;
  bodyText?: string;
}

const BODY = Symbol('body');

function lazyBodyText(body: LazyBody): string {
  return (body.bodyText ??= body.html
    ? htmlToText(body.html)
    : body.text !== undefined
      ? markdownToPlainText(body.text)
      : '');
}

// Rewriting links in every body and extracting its text are most of the cost of a page,
// yet only the article on screen (and search) needs them: both are computed on first read,
// then kept. To everything that reads the object they are ordinary enumerable properties
// (spread, JSON.stringify and structuredClone all see plain strings). The getters are
// shared by every article and find their source under a hidden key: per-article getters
// would give each article an object shape of its own, slow to build and to read.
const CONTENT_HTML: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: { [BODY]: LazyBody }): string | undefined {
    const body = this[BODY];
    return body.html === undefined
      ? undefined
      : (body.contentHtml ??= resolveHtmlUrls(body.html, body.base));
  },
};

const BODY_TEXT: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: { [BODY]: LazyBody }): string {
    return lazyBodyText(this[BODY]);
  },
};

function defineLazyBody(article: Article, body: LazyBody): void {
  Object.defineProperty(article, 'contentHtml', CONTENT_HTML);
  Object.defineProperty(article, 'bodyText', BODY_TEXT);
  // Not enumerable: copies of the article never see it.
  Object.defineProperty(article, BODY, { value: body });
}

function headlineFallback(summary: string, body: LazyBody, hasImage: boolean): string {
  const text =
    summary ||
    (body.text !== undefined ? markdownToPlainText(body.text) : '') ||
    (body.html !== undefined ? lazyBodyText(body) : '');
  if (text) return truncateAtWord(text, TITLE_FALLBACK_LENGTH);
  // Photo posts on microblogs carry no text at all.
  return hasImage ? 'Photo' : 'Untitled';
}

/** An item's picture, unless it is only the site's icon again. */
function articleImage(raw: unknown, base: string, context: FeedContext): string | undefined {
  const image = context.resolve(raw, base);
  return image && !context.siteIcons.has(image) ? image : undefined;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

function normalizeItem(raw: RawItem, context: FeedContext): Article | string {
  const id = typeof raw.id === 'number' ? String(raw.id) : raw.id;
  if (!id.trim()) return 'its "id" is empty';

  const { resolve } = context;
  const url = resolve(raw.url, context.pageBase);
  const base = url ?? context.pageBase;

  const rawHtml = nonEmpty(raw.content_html);
  const contentText = nonEmpty(raw.content_text && stripControlChars(raw.content_text));
  const body: LazyBody = { html: rawHtml, text: contentText, base };
  const summary = raw.summary ? toPlainLine(raw.summary) : '';
  const image = articleImage(raw.image, base, context);

  const title =
    (raw.title && toPlainLine(raw.title)) ||
    headlineFallback(
      summary,
      body,
      image !== undefined || (rawHtml !== undefined && IMG_RE.test(rawHtml)),
    );

  const tags = readTags(raw.tags, context.labels);
  const journal = raw._journal;
  const sectionName =
    (journal?.section && cleanLabel(journal.section, context.labels).text) ||
    tags[0] ||
    DEFAULT_SECTION;
  const itemAuthors = readAuthors(raw.authors, raw.author, base, resolve, context.authorCache);
  const authors =
    itemAuthors.length > 0
      ? itemAuthors
      : context.feedAuthors.length > 0
        ? context.feedAuthors
        : [context.source];

  const titleSlug = slugify(title);
  const hash = shortHash(id);
  // Field by field, so that the body fields keep their place between summary and authors.
  const slug = titleSlug ? `${titleSlug}-${hash}` : hash;
  const article = { id, slug, title, summary } as Article;
  defineLazyBody(article, body);
  article.authors = authors;
  article.section = context.section(sectionName);
  article.tags = tags;
  article.featured = journal?.featured === true;
  article.attachments = readAttachments(raw.attachments, base, resolve);
  if (contentText !== undefined) article.contentText = contentText;
  if (url) article.url = url;
  const externalUrl = resolve(raw.external_url, base);
  if (externalUrl) article.externalUrl = externalUrl;
  if (image) article.image = image;
  const bannerImage = articleImage(raw.banner_image, base, context);
  if (bannerImage) article.bannerImage = bannerImage;
  const dateModified = parseFeedDate(raw.date_modified);
  const datePublished = parseFeedDate(raw.date_published) ?? dateModified;
  if (datePublished) article.datePublished = datePublished;
  if (dateModified) article.dateModified = dateModified;
  const views = journal?.views;
  if (views !== undefined && Number.isSafeInteger(views) && views >= 0) article.views = views;
  const language = raw.language?.trim() || context.language;
  if (language) article.language = language;
  return article;
}

function describeInvalidItem(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it is not an object';
  const id = (raw as { id?: unknown }).id;
  if (id === undefined || id === null || id === '') return 'it has no "id"';
  return 'its "id" is neither a string nor a number';
}

// ---------------------------------------------------------------------------------------
// The page

function hostOf(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Normalises one fetched page of a JSON Feed. `fetchedUrl` must be absolute; it is the
 * last resort for resolving relative URLs (never `feed_url`, which is often stale).
 * @throws FeedError of kind 'not-feed' when the document is not a JSON Feed.
 */
export function normalizeFeed(json: unknown, fetchedUrl: string): FeedPage {
  const parsed = v.safeParse(RawFeedSchema, json);
  if (!parsed.success) throw new FeedError('not-feed', fetchedUrl);
  const pageUrl = safeUrl(fetchedUrl, undefined, { allow: WEB }) ?? fetchedUrl;
  const feed = parsed.output;
  const resolve = urlResolver(pageUrl);

  const homePageUrl = resolve(feed.home_page_url, pageUrl);
  const pageBase = homePageUrl ?? pageUrl;
  const title = (feed.title && toPlainLine(feed.title)) || hostOf(homePageUrl) || UNTITLED_FEED;
  const language = feed.language?.trim() || undefined;
  const sections = readDeclaredSections(feed._journal?.sections);

  const meta: FeedMeta = {
    title,
    description: feed.description ? toPlainLine(feed.description) : '',
    sections,
  };
  if (homePageUrl) meta.homePageUrl = homePageUrl;
  const icon = resolve(feed.icon, pageBase);
  if (icon) meta.icon = icon;
  const favicon = resolve(feed.favicon, pageBase);
  if (favicon) meta.favicon = favicon;
  if (language) meta.language = language;

  const authorCache: AuthorCache = new Map();
  const context: FeedContext = {
    pageBase,
    siteIcons: new Set([icon, favicon].filter((href) => href !== undefined)),
    resolve,
    feedAuthors: readAuthors(feed.authors, feed.author, pageBase, resolve, authorCache),
    authorCache,
    labels: new Map(),
    // Every article names someone: with no author anywhere, the publication itself.
    source: { slug: slugify(title) || shortHash(title), name: title },
    section: sectionLookup(sections),
  };
  if (language) context.language = language;

  const articles: Article[] = [];
  const warnings: string[] = [];
  feed.items.forEach((rawItem, index) => {
    const item = v.safeParse(RawItemSchema, rawItem);
    if (!item.success) {
      warnings.push(`Item ${index + 1} was skipped: ${describeInvalidItem(rawItem)}.`);
      return;
    }
    try {
      const raw = readRawItem(rawItem as Record<string, unknown>, item.output.id);
      const result = normalizeItem(raw, context);
      if (typeof result === 'string') warnings.push(`Item ${index + 1} was skipped: ${result}.`);
      else articles.push(result);
    } catch (error) {
      // A bug or an input nobody foresaw costs one item, never the page.
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`Item ${index + 1} was skipped: it could not be read (${reason}).`);
    }
  });

  const page: FeedPage = { url: pageUrl, meta, articles, warnings };
  const nextUrl = resolve(feed.next_url, pageUrl);
  if (nextUrl) page.nextUrl = nextUrl;
  return page;
}
