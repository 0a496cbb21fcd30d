import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import { feedUrl } from '../../../config/env';
import type { FeedPage } from '../model';
import { FeedError } from './feed-error';
import { fetchFeedPage } from './fetch-feed-page';

/** Upper bound on pages walked for a deep link, a search or "more". */
export const MAX_FEED_PAGES = 50;
const MAX_RETRIES = 3;
const MAX_RETRY_DELAY_MS = 8_000;

export const feedKeys = {
  all: ['feed'] as const,
  pages: (url: string) => ['feed', 'pages', url] as const,
};

/**
 * The next page's URL, unless there is none, the walk hit its bound, or `next_url` points
 * at a page already loaded (a feed whose pages link in a loop must not be walked forever).
 */
export function nextFeedPageParam(
  lastPage: FeedPage,
  allPages: readonly FeedPage[],
  allPageParams: readonly unknown[] = [],
): string | undefined {
  const next = lastPage.nextUrl;
  if (!next || allPages.length >= MAX_FEED_PAGES) return undefined;
  if (allPages.some((page) => page.url === next) || allPageParams.includes(next)) return undefined;
  return next;
}

/** Transient failures (network, timeout, 5xx, 408, 429) get three more tries; others none. */
export function shouldRetryFeed(failureCount: number, error: unknown): boolean {
  return error instanceof FeedError && error.transient && failureCount < MAX_RETRIES;
}

/** 1 s, 2 s, 4 s…, never more than 8 s. `failureCount` is 0 before the first retry. */
export function feedRetryDelay(failureCount: number): number {
  return Math.min(1_000 * 2 ** failureCount, MAX_RETRY_DELAY_MS);
}

/**
 * All loaded pages of the feed that starts at `url`, fetched one page at a time. The retry
 * policy (`shouldRetryFeed`, `feedRetryDelay`) is set as the query client's default for
 * `feedKeys.all`.
 */
export function feedPagesQuery(url = feedUrl()) {
  return infiniteQueryOptions<
    FeedPage,
    FeedError,
    InfiniteData<FeedPage>,
    ReturnType<typeof feedKeys.pages>,
    string
  >({
    queryKey: feedKeys.pages(url),
    queryFn: ({ pageParam, signal }) => fetchFeedPage(pageParam, signal),
    initialPageParam: url,
    getNextPageParam: (lastPage, allPages, _lastPageParam, allPageParams) =>
      nextFeedPageParam(lastPage, allPages, allPageParams),
    staleTime: 5 * 60 * 1000,
    // A failed load is shown with "Try again"; the layout mounting its own reader of the
    // feed must not fetch it once more (and, for a 5xx, run the whole back-off again).
    retryOnMount: false,
    // Pages are immutable snapshots, and their articles compute body text and links on
    // first read: a deep comparison on refetch would force that work for every article.
    structuralSharing: false,
  });
}
