import { businessArticles } from './articles/business.ts';
import { cultureArticles } from './articles/culture.ts';
import { diplomacyArticles } from './articles/diplomacy.ts';
import { odesaArticles } from './articles/odesa.ts';
import { societyArticles } from './articles/society.ts';
import { warArticles } from './articles/war.ts';
import type { JournalSection, JsonFeedDocument, JsonFeedItem } from './json-feed.ts';

export interface Publication {
  title: string;
  description: string;
  language: string;
  /** Navigation order, served as the feed's `_journal.sections`. */
  sections: readonly JournalSection[];
}

export const publication: Publication = {
  title: 'The Odessa Journal',
  description: 'About past, present and future of Ukraine',
  language: 'en',
  sections: [
    { slug: 'diplomacy', name: 'Diplomacy' },
    { slug: 'war', name: 'War' },
    { slug: 'business', name: 'Business' },
    { slug: 'society', name: 'Society' },
    { slug: 'culture', name: 'Culture' },
    { slug: 'odesa', name: 'Odesa' },
  ],
};

export const allItems: readonly JsonFeedItem[] = [
  ...diplomacyArticles,
  ...warArticles,
  ...businessArticles,
  ...societyArticles,
  ...cultureArticles,
  ...odesaArticles,
];

export interface FeedPageFile {
  /** Name of the file next to `index.html`: `feed.json`, `feed-2.json`, … */
  fileName: string;
  feed: JsonFeedDocument;
}

export const DEFAULT_PAGE_SIZE = 24;

export function feedPageFileName(page: number): string {
  return page === 1 ? 'feed.json' : `feed-${page}.json`;
}

/**
 * Splits items into chained JSON Feed documents, newest first. `next_url` is relative
 * so the pages work under any base path and from any origin they are copied to.
 */
export function buildFeedPages(
  items: readonly JsonFeedItem[] = allItems,
  pageSize = DEFAULT_PAGE_SIZE,
): FeedPageFile[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  }
  const sorted = sortNewestFirst(items);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const pages: FeedPageFile[] = [];
  for (let page = 1; page <= pageCount; page += 1) {
    const feed: JsonFeedDocument = {
      version: 'https://jsonfeed.org/version/1.1',
      title: publication.title,
      description: publication.description,
      language: publication.language,
      ...(page < pageCount ? { next_url: feedPageFileName(page + 1) } : {}),
      _journal: { sections: publication.sections.map((section) => ({ ...section })) },
      items: sorted.slice((page - 1) * pageSize, page * pageSize),
    };
    pages.push({ fileName: feedPageFileName(page), feed });
  }
  return pages;
}

function sortNewestFirst(items: readonly JsonFeedItem[]): JsonFeedItem[] {
  // Parse each date once: the generator feeds tens of thousands of items through here.
  const keyed = items.map((item) => ({ item, time: publishedTime(item) }));
  keyed.sort((a, b) => b.time - a.time);
  return keyed.map(({ item }) => item);
}

function publishedTime(item: JsonFeedItem): number {
  const time = item.date_published ? Date.parse(item.date_published) : Number.NaN;
  // Undated items go last, as the reader sorts them.
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
