import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { defaultShouldDehydrateQuery, type Query } from '@tanstack/react-query';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { feedKeys } from '../feed/api/feed-queries';
import { databases } from './cache-names';

/** A persisted feed older than this is dropped rather than shown as "the last feed". */
export const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Only the feed's pages are kept: other queries are cheap to rebuild or have a store of their own. */
export function shouldPersistQuery(query: Query): boolean {
  return query.queryKey[0] === feedKeys.all[0] && defaultShouldDehydrateQuery(query);
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
    persister: createAsyncStoragePersister({ storage, key, throttleTime: 1000 }),
    maxAge: PERSIST_MAX_AGE_MS,
    // A new build may read the pages differently; it starts from the network, not from an
    // old build's snapshot. (The service worker's feed cache still covers it offline.)
    buster,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery },
  };
}
