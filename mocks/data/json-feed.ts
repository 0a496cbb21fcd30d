/**
 * Raw JSON Feed 1.1 shapes as the mock publication serves them, including the
 * `_journal` extension. Deliberately separate from the reader's model: the fixtures
 * describe what arrives over the wire, which the reader must validate on its own.
 */

export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

export interface JournalItemExtension {
  /** Display name of the item's section, e.g. "Diplomacy". */
  section: string;
  views?: number;
  featured?: boolean;
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  external_url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  banner_image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
  _journal?: JournalItemExtension;
}

export interface JournalSection {
  slug: string;
  name: string;
}

export interface JsonFeedDocument {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description?: string;
  home_page_url?: string;
  feed_url?: string;
  next_url?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  authors?: JsonFeedAuthor[];
  _journal?: { sections: JournalSection[] };
  items: JsonFeedItem[];
}
