import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { feedPagesQuery } from '../../feed/api/feed-queries';
import { searchEngineFor } from '../search-engine';

/**
 * The search index of the feed pages loaded so far, shared by everything under one query
 * client. While `active`, pages are handed to the index as they arrive; until then the
 * index (and its library) is not even loaded: a reader who never searches never pays.
 */
export function useSearchIndex(active: boolean) {
  const queryClient = useQueryClient();
  const engine = searchEngineFor(queryClient);
  // Reads the pages the routes loaded; this observer never fetches by itself.
  const { data } = useInfiniteQuery({ ...feedPagesQuery(), enabled: false });
  const pages = data?.pages;
  useEffect(() => {
    if (active && pages) engine.sync(pages);
  }, [engine, active, pages]);
  const state = useSyncExternalStore(engine.subscribe, engine.getSnapshot, engine.getSnapshot);
  // Caught up: every loaded page went into the index and nothing waits to be indexed.
  const caughtUp = active && pages !== undefined && engine.hasSynced(pages) && !state.pending;
  return { engine, ...state, caughtUp };
}
