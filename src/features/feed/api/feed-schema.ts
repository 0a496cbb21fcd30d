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

export const RawItemSchema = v.looseObject({
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
  author: v.optional(v.unknown()),
  authors: lenient(v.array(v.unknown())),
  /** An array per the spec; some generators write one comma-separated string. */
  tags: lenient(v.union([v.array(v.unknown()), v.string()])),
  attachments: lenient(v.array(v.unknown())),
  _journal: lenient(
    v.looseObject({
      section: lenientString,
      views: lenientNumber,
      featured: lenient(v.boolean()),
    }),
  ),
});

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
export type RawItem = v.InferOutput<typeof RawItemSchema>;
export type RawAuthor = v.InferOutput<typeof RawAuthorSchema>;
export type RawAttachment = v.InferOutput<typeof RawAttachmentSchema>;
export type RawSection = v.InferOutput<typeof RawSectionSchema>;
