import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedPagesQuery } from '../api/feed-queries';
import { selectFeed } from '../api/feed-selectors';

/**
 * Reads the feed pages that the route loaders put in the cache (it fetches only when
 * the cache is empty, e.g. in the layout before a child loader ran), and derives the
 * merged view of them once per change of the pages.
 */
export function useFeed() {
  const query = useInfiniteQuery(feedPagesQuery());
  const pages = query.data?.pages;
  const feed = useMemo(() => (pages ? selectFeed(pages) : undefined), [pages]);
  return {
    feed,
    error: query.error,
    /** The error of the last "load more", while the pages before it are still shown. */
    loadMoreError: query.isFetchNextPageError ? query.error : null,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: query.fetchNextPage,
    pageCount: pages?.length ?? 0,
  };
}

/** For pages whose loader guaranteed the feed: the merged feed, never undefined. */
export function useLoadedFeed() {
  const result = useFeed();
  if (!result.feed) throw new Error('The feed is not loaded: this page needs its route loader.');
  return { ...result, feed: result.feed };
}
