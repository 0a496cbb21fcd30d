import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { defaultShouldDehydrateQuery, type InfiniteData, type Query } from '@tanstack/react-query';
import type {
  PersistedClient,
  PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { feedKeys } from '../feed/api/feed-queries';
import { databases } from './cache-names';

/** A persisted feed older than this is dropped rather than shown as "the last feed". */
export const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Only the feed's pages are kept: other queries are cheap to rebuild or have a store of their own. */
export function shouldPersistQuery(query: Query): boolean {
  return query.queryKey[0] === feedKeys.all[0] && defaultShouldDehydrateQuery(query);
}

/**
 * How many feed pages the saved copy keeps. Main and the newest articles need the first
 * pages; older ones stay reachable offline through the service worker's feed cache. A
 * bound keeps the write small however far a reader (or a search) walked.
 */
export const MAX_PERSISTED_PAGES = 5;

/** The client state to store, with the feed's pages cut to MAX_PERSISTED_PAGES. */
export function trimPersistedClient(client: PersistedClient): PersistedClient {
  const queries = client.clientState.queries.map((query) => {
    const data = query.state.data as InfiniteData<unknown> | undefined;
    if (!data || !Array.isArray(data.pages) || data.pages.length <= MAX_PERSISTED_PAGES) {
      return query;
    }
    return {
      ...query,
      state: {
        ...query.state,
        data: {
          pages: data.pages.slice(0, MAX_PERSISTED_PAGES),
          pageParams: data.pageParams.slice(0, MAX_PERSISTED_PAGES),
        },
      },
    };
  });
  return { ...client, clientState: { ...client.clientState, queries } };
}

function idbStorage(store: UseStore) {
  return {
    getItem: (key: string) => get<string>(key, store),
    setItem: (key: string, value: string) => set(key, value, store),
    removeItem: (key: string) => del(key, store),
  };
}

/**
 * Where the query cache is kept between visits: one IndexedDB entry, written at most once a
 * second. Without IndexedDB (some private modes, tests) nothing is persisted and the reader
 * simply fetches as it would on a first visit.
 */
export function createPersistOptions(
  buster: string = __BUILD_ID__,
): Omit<PersistQueryClientOptions, 'queryClient'> {
  const { name, store, key } = databases.queryCache;
  const storage =
    typeof indexedDB === 'undefined' ? undefined : idbStorage(createStore(name, store));
  return {
    persister: createAsyncStoragePersister({
      storage,
      key,
      throttleTime: 1000,
      serialize: (client) => JSON.stringify(trimPersistedClient(client)),
    }),
    maxAge: PERSIST_MAX_AGE_MS,
    // A new build may read the pages differently; it starts from the network, not from an
    // old build's snapshot. (The service worker's feed cache still covers it offline.)
    buster,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery },
  };
}
