/**
 * What route loaders call: they get the QueryClient, fill the cache, and the components
 * read the same query. Deep links may need pages beyond the first, so these walk the
 * feed page by page (within MAX_FEED_PAGES) until what they look for turns up.
 */
import { InfiniteQueryObserver, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { Article, Author, FeedPage, Section } from '../model';
import { feedPagesQuery, MAX_FEED_PAGES, nextFeedPageParam } from './feed-queries';
import { findAuthor, findSection } from './feed-selectors';

/** The feed's loaded pages; fetches the first page only when nothing is cached. */
export async function loadFeed(queryClient: QueryClient): Promise<InfiniteData<FeedPage>> {
  const options = feedPagesQuery();
  // Cached pages are used as they are, however old: the components' query refreshes them.
  // (What the deprecated ensureInfiniteQueryData did, without its deprecation.)
  return queryClient.getQueryData(options.queryKey) ?? queryClient.infiniteQuery(options);
}

/**
 * Loads further pages, one at a time, until `predicate` holds for the loaded pages or the
 * feed ends (no next page, a next_url already seen, or MAX_FEED_PAGES). Returns the pages
 * loaded by then. A page that fails to load rejects with its FeedError.
 */
export async function walkFeedUntil(
  queryClient: QueryClient,
  predicate: (pages: FeedPage[]) => boolean,
): Promise<FeedPage[]> {
  let data = await loadFeed(queryClient);
  if (predicate(data.pages)) return data.pages;

  // An observer fetches exactly one more page per call, the way "load more" does. (A
  // fetch with a larger `pages` count would refetch every loaded page first, and returns
  // the cache untouched while it is fresh.)
  const observer = new InfiniteQueryObserver(queryClient, feedPagesQuery());
  let stalled = 0;
  while (data.pages.length < MAX_FEED_PAGES) {
    const lastPage = data.pages.at(-1);
    if (!lastPage || !nextFeedPageParam(lastPage, data.pages, data.pageParams)) break;
    // Joins a fetch already running (cancelRefetch: false) rather than aborting it.
    const result = await observer.fetchNextPage({ cancelRefetch: false });
    if (result.isError) throw result.error;
    const next = result.data;
    if (!next) break;
    if (next.pages.length <= data.pages.length) {
      // We joined somebody else's refetch; try once more, then give up rather than spin.
      if (++stalled > 1) break;
    } else {
      stalled = 0;
    }
    data = next;
    if (predicate(data.pages)) break;
  }
  return data.pages;
}

function articleBySlug(pages: readonly FeedPage[], slug: string): Article | undefined {
  for (const page of pages) {
    const article = page.articles.find((candidate) => candidate.slug === slug);
    if (article) return article;
  }
  return undefined;
}

function authorBySlug(pages: readonly FeedPage[], slug: string): Author | undefined {
  for (const page of pages) {
    const author = findAuthor(page.articles, slug);
    if (author) return author;
  }
  return undefined;
}

function sectionBySlug(pages: readonly FeedPage[], slug: string): Section | undefined {
  const declared = pages[0] && findSection(pages[0].meta.sections, slug);
  if (declared) return declared;
  for (const page of pages) {
    const article = page.articles.find((candidate) => candidate.section.slug === slug);
    if (article) return article.section;
  }
  return undefined;
}

/** The article with this slug, walking further pages as needed; null when the feed lacks it. */
export async function loadArticle(queryClient: QueryClient, slug: string): Promise<Article | null> {
  const pages = await walkFeedUntil(queryClient, (loaded) => !!articleBySlug(loaded, slug));
  return articleBySlug(pages, slug) ?? null;
}

/** The author (with at least one article) with this slug; null when the feed lacks them. */
export async function loadAuthor(queryClient: QueryClient, slug: string): Promise<Author | null> {
  const pages = await walkFeedUntil(queryClient, (loaded) => !!authorBySlug(loaded, slug));
  return authorBySlug(pages, slug) ?? null;
}

/** The section with this slug (declared by the feed, or used by an article); else null. */
export async function loadSection(queryClient: QueryClient, slug: string): Promise<Section | null> {
  const pages = await walkFeedUntil(queryClient, (loaded) => !!sectionBySlug(loaded, slug));
  return sectionBySlug(pages, slug) ?? null;
}
