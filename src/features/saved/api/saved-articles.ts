/**
 * Saved articles: each one kept whole (the full `Article`) in an IndexedDB store of its
 * own, so it reads offline after it has left the feed's pages and the feed caches have
 * been trimmed. Its pictures go to a Cache Storage cache that expiry never touches.
 * This module is the only place that reads or writes either.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { safeUrl, WEB_ONLY } from '../../../lib/url-policy';
import type { Article } from '../../feed/model';
import { cacheNames, databases } from '../../offline/cache-names';

export interface SavedArticle {
  article: Article;
  /** ISO 8601 time of saving; the Saved page lists the newest first. */
  savedAt: string;
}

// A picture-heavy article must not fill the device: beyond this, pictures load online only.
const MAX_IMAGES_PER_ARTICLE = 24;
const IMAGE_TIMEOUT_MS = 15_000;

let store: UseStore | undefined;

function savedStore(): UseStore {
  if (typeof indexedDB === 'undefined') {
    throw new Error('This browser cannot keep articles on the device (no IndexedDB).');
  }
  store ??= createStore(databases.saved.name, databases.saved.store);
  return store;
}

/** The article as plain data: lazily computed fields are read once, so the copy is whole. */
function plainCopy(article: Article): Article {
  return JSON.parse(JSON.stringify(article)) as Article;
}

function isSavedArticle(value: unknown): value is SavedArticle {
  if (typeof value !== 'object' || value === null) return false;
  const { article, savedAt } = value as Partial<SavedArticle>;
  return (
    typeof savedAt === 'string' &&
    typeof article === 'object' &&
    article !== null &&
    typeof article.slug === 'string' &&
    typeof article.title === 'string'
  );
}

/** Every saved article, the most recently saved first. Empty where nothing can be stored. */
export async function listSavedArticles(): Promise<SavedArticle[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = await values<unknown>(savedStore());
  return all
    .filter(isSavedArticle)
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** The saved copy of the article with this slug, or null. Never throws: it is a fallback. */
export async function getSavedArticle(slug: string): Promise<SavedArticle | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const entry = await get<unknown>(slug, savedStore());
    return isSavedArticle(entry) ? entry : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the article on the device, then (best effort) its pictures. Saving again replaces
 * the copy and keeps the original saving time.
 */
export async function saveArticle(article: Article, now: Date = new Date()): Promise<SavedArticle> {
  const previous = await getSavedArticle(article.slug);
  const entry: SavedArticle = {
    article: plainCopy(article),
    savedAt: previous?.savedAt ?? now.toISOString(),
  };
  await set(article.slug, entry, savedStore());
  await cacheImages(articleImageUrls(entry.article));
  return entry;
}

/** Forgets the article and the pictures that no other saved article shows. */
export async function removeSavedArticle(slug: string): Promise<void> {
  const entry = await getSavedArticle(slug);
  await del(slug, savedStore());
  if (!entry) return;
  const stillUsed = new Set(
    (await listSavedArticles()).flatMap((saved) => articleImageUrls(saved.article)),
  );
  await uncacheImages(articleImageUrls(entry.article).filter((url) => !stillUsed.has(url)));
}

function srcsetUrls(srcset: string | null): string[] {
  if (!srcset) return [];
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The http(s) pictures an article shows: its hero, body images (src and srcset), avatars. */
export function articleImageUrls(article: Article): string[] {
  const raw: string[] = [];
  if (article.bannerImage) raw.push(article.bannerImage);
  if (article.image) raw.push(article.image);
  if (article.contentHtml && typeof DOMParser !== 'undefined') {
    // An inert document: parsing loads no picture and runs no script.
    const doc = new DOMParser().parseFromString(article.contentHtml, 'text/html');
    for (const element of doc.querySelectorAll('img, source')) {
      const src = element.getAttribute('src');
      if (src && element.localName === 'img') raw.push(src);
      raw.push(...srcsetUrls(element.getAttribute('srcset')));
    }
  }
  for (const author of article.authors) if (author.avatar) raw.push(author.avatar);

  const base = article.url ?? globalThis.location?.href;
  const urls = new Set<string>();
  for (const candidate of raw) {
    const url = safeUrl(candidate, base, WEB_ONLY);
    if (url) urls.add(url);
    if (urls.size >= MAX_IMAGES_PER_ARTICLE) break;
  }
  return [...urls];
}

async function cacheImages(urls: string[]): Promise<void> {
  if (urls.length === 0 || typeof caches === 'undefined') return;
  const cache = await caches.open(cacheNames.savedImages);
  await Promise.allSettled(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      // A picture already seen (in the worker's picture cache) is copied, not fetched again,
      // so saving works offline too.
      const seen = await caches.match(url);
      if (seen) {
        await cache.put(url, seen);
        return;
      }
      const sameOrigin = new URL(url).origin === window.location.origin;
      // Pictures from other hosts rarely allow CORS: an opaque copy still displays.
      const response = await fetch(url, {
        mode: sameOrigin ? 'same-origin' : 'no-cors',
        signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS),
      });
      if (response.ok || response.type === 'opaque') await cache.put(url, response);
    }),
  );
}

async function uncacheImages(urls: string[]): Promise<void> {
  if (urls.length === 0 || typeof caches === 'undefined') return;
  const cache = await caches.open(cacheNames.savedImages);
  await Promise.allSettled(urls.map((url) => cache.delete(url)));
}
