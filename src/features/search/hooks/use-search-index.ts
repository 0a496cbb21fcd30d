import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { feedPagesQuery } from '../../feed/api/feed-queries';
import type { SearchEngine, SearchIndexState } from '../search-engine';

const IDLE: SearchIndexState = { indexed: 0, pending: false, version: 0, mode: 'none' };
const noSubscription = () => () => {};
const idleSnapshot = () => IDLE;

/**
 * The search index of the feed pages loaded so far, shared by everything under one query
 * client. While `active`, pages are handed to the index as they arrive; until then the
 * index (and its library) is not even loaded: a reader who never searches never pays.
 * `engine` is undefined while its code is still loading (see useSearchEngine).
 */
export function useSearchIndex(engine: SearchEngine | undefined, active: boolean) {
  // Reads the pages the routes loaded; this observer never fetches by itself.
  const { data } = useInfiniteQuery({ ...feedPagesQuery(), enabled: false });
  const pages = data?.pages;
  useEffect(() => {
    if (engine && active && pages) engine.sync(pages);
  }, [engine, active, pages]);
  const state = useSyncExternalStore(
    engine?.subscribe ?? noSubscription,
    engine?.getSnapshot ?? idleSnapshot,
    engine?.getSnapshot ?? idleSnapshot,
  );
  // Caught up: every loaded page went into the index and nothing waits to be indexed.
  const caughtUp =
    active &&
    engine !== undefined &&
    pages !== undefined &&
    engine.hasSynced(pages) &&
    !state.pending;
  return { engine, ...state, caughtUp };
}

let engineModule: Promise<typeof import('../search-engine')> | undefined;
const loadEngineModule = () => (engineModule ??= import('../search-engine'));

/**
 * The search engine for the header's suggestions. Its code is not part of the first
 * load: it is fetched once `wanted` (the reader reaches for search), and the engine is
 * undefined until then. If the code cannot load, suggestions stay off and the search page
 * still answers.
 */
export function useSearchEngine(wanted: boolean): SearchEngine | undefined {
  const queryClient = useQueryClient();
  const [engine, setEngine] = useState<SearchEngine>();
  useEffect(() => {
    if (!wanted || engine) return;
    let current = true;
    loadEngineModule().then(
      ({ searchEngineFor }) => current && setEngine(searchEngineFor(queryClient)),
      (error: unknown) => {
        engineModule = undefined; // the next focus tries again
        console.error('Search suggestions could not be loaded:', error);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, engine, queryClient]);
  return engine;
}
