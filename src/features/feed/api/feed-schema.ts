/**
 * The raw JSON Feed (1.0 and 1.1, plus the `_journal` extension) as it arrives.
 *
 * Deliberately lenient: unknown keys pass through, and an optional field of the wrong type
 * becomes `undefined` instead of failing the item. Only what makes a document a JSON Feed
 * (`version`, `items`) or an item identifiable (`id`) is required. Items are checked one by
 * one (see normalize-feed.ts) so one broken item never takes the page down with it.
 */
import * as v from 'valibot';

/** An optional field that quietly becomes `undefined` when it has the wrong type. */
function lenient<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.fallback(v.optional(schema), undefined);
}

const lenientString = lenient(v.string());
const lenientNumber = lenient(v.pipe(v.number(), v.finite()));

// Both http and https occur in the wild (an exact match on https would reject real feeds).
export const JSON_FEED_VERSION_RE =
  /^\s*https?:\/\/(?:www\.)?jsonfeed\.org\/version\/1(?:[./]|\s*$)/i;

export const RawFeedSchema = v.looseObject({
  version: v.pipe(v.string(), v.regex(JSON_FEED_VERSION_RE)),
  items: v.array(v.unknown()),
  title: lenientString,
  home_page_url: lenientString,
  feed_url: lenientString,
  description: lenientString,
  icon: lenientString,
  favicon: lenientString,
  language: lenientString,
  next_url: lenientString,
  /** Version 1 `author` object; checked with RawAuthorSchema when used. */
  author: v.optional(v.unknown()),
  authors: lenient(v.array(v.unknown())),
  _journal: lenient(
    v.looseObject({
      sections: lenient(v.array(v.unknown())),
    }),
  ),
});

/**
 * What makes an item: an object with an `id`. Nothing else can fail an item, so nothing
 * else is checked by a schema; see `readRawItem` for its other fields.
 */
export const RawItemSchema = v.object({
  id: v.union([v.string(), v.pipe(v.number(), v.finite())]),
});

/**
 * An item's fields, each as leniently as the feed's own: a field of the wrong type is
 * absent. This schema is the item's type (RawItem) and the definition `readRawItem` is
 * held to (feed-schema.test.ts); the normaliser itself reads items with `readRawItem`.
 */
export const RawItemFieldsSchema = v.object({
  id: v.union([v.string(), v.pipe(v.number(), v.finite())]),
  url: lenientString,
  external_url: lenientString,
  title: lenientString,
  content_html: lenientString,
  content_text: lenientString,
  summary: lenientString,
  image: lenientString,
  banner_image: lenientString,
  date_published: lenientString,
  date_modified: lenientString,
  language: lenientString,
  /** Version 1 `author` object; checked with RawAuthorSchema when used. */
  author: v.optional(v.unknown()),
  authors: lenient(v.array(v.unknown())),
  /** An array per the spec; some generators write one comma-separated string. */
  tags: lenient(v.union([v.array(v.unknown()), v.string()])),
  attachments: lenient(v.array(v.unknown())),
  _journal: lenient(
    v.object({
      section: lenientString,
      views: lenientNumber,
      featured: lenient(v.boolean()),
    }),
  ),
});

/** An item's fields as the normaliser reads them. */
export type RawItem = v.InferOutput<typeof RawItemFieldsSchema>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const finite = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : undefined);

function readJournal(value: unknown): RawItem['_journal'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const { section, views, featured } = value as Record<string, unknown>;
  return {
    section: text(section),
    views: finite(views),
    featured: typeof featured === 'boolean' ? featured : undefined,
  };
}

/**
 * The fields of an item that passed RawItemSchema, as leniently as `lenient()` reads the
 * feed's own: an optional field of the wrong type becomes `undefined`. Written out rather
 * than as a schema with an entry per field because it runs for every item of every page,
 * and that schema pass cost more than all the rest of normalising an item
 * (feed-schema.test.ts holds it to that schema).
 */
export function readRawItem(item: Record<string, unknown>, id: string | number): RawItem {
  const tags = item.tags;
  return {
    id,
    url: text(item.url),
    external_url: text(item.external_url),
    title: text(item.title),
    content_html: text(item.content_html),
    content_text: text(item.content_text),
    summary: text(item.summary),
    image: text(item.image),
    banner_image: text(item.banner_image),
    date_published: text(item.date_published),
    date_modified: text(item.date_modified),
    language: text(item.language),
    author: item.author,
    authors: list(item.authors),
    tags: typeof tags === 'string' ? tags : list(tags),
    attachments: list(item.attachments),
    _journal: readJournal(item._journal),
  };
}

export const RawAuthorSchema = v.looseObject({
  name: v.string(),
  url: lenientString,
  avatar: lenientString,
});

export const RawAttachmentSchema = v.looseObject({
  url: v.string(),
  mime_type: v.string(),
  title: lenientString,
  size_in_bytes: lenientNumber,
  duration_in_seconds: lenientNumber,
});

export const RawSectionSchema = v.looseObject({
  name: v.string(),
  slug: lenientString,
});

export type RawFeed = v.InferOutput<typeof RawFeedSchema>;
export type RawAuthor = v.InferOutput<typeof RawAuthorSchema>;
export type RawAttachment = v.InferOutput<typeof RawAttachmentSchema>;
export type RawSection = v.InferOutput<typeof RawSectionSchema>;
