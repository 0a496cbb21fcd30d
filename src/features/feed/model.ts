/**
 * The reader's internal model. Every feed (JSON Feed 1.0/1.1, with or without the
 * `_journal` extension) is normalised into these shapes at the boundary; nothing past
 * `features/feed/api` sees raw feed JSON.
 */

export interface Section {
  /** URL segment for `/section/{slug}`. */
  slug: string;
  /** Display name, e.g. "Diplomacy". */
  name: string;
}

export interface Author {
  /** URL segment for `/author/{slug}`. */
  slug: string;
  name: string;
  /** Safe (http/https/mailto) link to the author's page, if any. */
  url?: string;
  avatar?: string;
}

export interface Attachment {
  url: string;
  mimeType: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

export interface Article {
  /** The item's `id`, as a string. */
  id: string;
  /** Stable URL segment: slugified title plus a short hash of `id`. */
  slug: string;
  /** Plain text headline (entities decoded once; never HTML). */
  title: string;
  /** Plain text summary, possibly empty. */
  summary: string;
  /**
   * Body as UNSANITISED HTML from the feed with relative URLs already resolved.
   * It must go through the sanitiser before it reaches the DOM.
   */
  contentHtml?: string;
  /** Body as plain text (may be Markdown-ish); shown as paragraphs. */
  contentText?: string;
  /** Plain text of the body (for reading time, ledes and search). */
  bodyText: string;
  /** Absolute, safe URL of the item on its origin site. */
  url?: string;
  externalUrl?: string;
  image?: string;
  bannerImage?: string;
  /** ISO 8601 string, or undefined when the item has no usable date. */
  datePublished?: string;
  dateModified?: string;
  authors: Author[];
  section: Section;
  tags: string[];
  /** Only where the feed gives `_journal.views`. */
  views?: number;
  featured: boolean;
  language?: string;
  attachments: Attachment[];
}

export interface FeedMeta {
  title: string;
  description: string;
  homePageUrl?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  /** Navigation order from `_journal.sections`, when the feed gives it. */
  sections: Section[];
}

/** One fetched page of the feed, normalised. */
export interface FeedPage {
  /** The URL this page was fetched from (absolute). */
  url: string;
  meta: FeedMeta;
  articles: Article[];
  /** Absolute URL of the next page, if any. */
  nextUrl?: string;
  /** Human-readable notes on items that were skipped or repaired. */
  warnings: string[];
}
