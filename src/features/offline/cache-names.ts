/**
 * Names of the Cache Storage caches and IndexedDB databases the reader keeps on the
 * device. The service worker (configured in pwa.config.ts) and the app share them, so they
 * live in one module that has no browser-only imports.
 */
export const cacheNames = {
  /** Feed pages, NetworkFirst: the last copy of every page the reader fetched. */
  feed: 'oj-feed',
  /** Article pictures, CacheFirst with expiry. */
  images: 'oj-images',
  /** Pictures of saved articles: never expired, removed with the article. */
  savedImages: 'oj-saved-images',
  /** Web fonts, CacheFirst: hashed file names, so a copy never goes stale. */
  fonts: 'oj-fonts',
} as const;

export const databases = {
  /** The persisted TanStack Query cache (the feed pages as last seen). */
  queryCache: { name: 'odessa-journal-cache', store: 'queries', key: 'query-client' },
  /** Saved articles, whole, keyed by slug. */
  saved: { name: 'odessa-journal-saved', store: 'articles' },
} as const;
