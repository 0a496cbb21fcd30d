import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Offline, every request the page makes past the service worker's caches fails, and the
// browser logs each one; that is the point of these tests, not a fault of the page.
// (One pattern: a fixture option given as a two-item array reads as [value, options].)
test.use({ allowedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/] });

const QUERY_CACHE = { name: 'odessa-journal-cache', store: 'queries', key: 'query-client' };
const SAVED = { name: 'odessa-journal-saved', store: 'articles' };
const FEED_CACHE = 'oj-feed';
const IMAGE_CACHE = 'oj-images';

/** Waits until the app's service worker controls the page (it claims clients on activation). */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toMatch(/\/sw\.js$/);
}

/** The raw value stored under `key` in an IndexedDB object store, or null; creates nothing. */
function readIdb(page: Page, db: string, store: string, key: string) {
  return page.evaluate(
    ({ db, store, key }) =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open(db);
        // A database that does not exist yet must not be created empty by this probe.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
          const connection = request.result;
          if (!connection.objectStoreNames.contains(store)) {
            connection.close();
            resolve(null);
            return;
          }
          const get = connection.transaction(store, 'readonly').objectStore(store).get(key);
          get.onsuccess = () => {
            connection.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => {
            connection.close();
            resolve(null);
          };
        };
      }),
    { db, store, key },
  );
}

/** Waits until the persisted query cache (written at most once a second) holds `text`. */
async function waitForPersistedFeed(page: Page, text: string) {
  await expect
    .poll(async () => {
      const value = await readIdb(page, QUERY_CACHE.name, QUERY_CACHE.store, QUERY_CACHE.key);
      return typeof value === 'string' && value.includes(JSON.stringify(text).slice(1, -1));
    })
    .toBe(true);
}

test('the service worker takes control on the first visit', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const precache = names.find((name) => name.startsWith('workbox-precache'));
    if (!precache) return [];
    const keys = await (await caches.open(precache)).keys();
    return keys.map((request) => new URL(request.url).pathname);
  });
  expect(cached).toContain('/index.html');
  expect(cached.some((path) => /^\/assets\/index-.*\.js$/.test(path))).toBe(true);
  // Feeds are content, cached as they are read: never part of the shell.
  expect(cached.some((path) => path.endsWith('.json'))).toBe(false);
  expect(cached).not.toContain('/mockServiceWorker.js');
});

test('offline, Main shows the last feed and says it is offline; online, the note goes', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const lead = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  await expect(lead).toBeVisible();
  const leadTitle = (await lead.textContent())!.trim();
  await expect(page.getByRole('status').filter({ hasText: /offline/i })).toHaveCount(0);
  await waitForServiceWorker(page);
  await waitForPersistedFeed(page, leadTitle);

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'The Odessa Journal' }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(
    leadTitle,
  );
  await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
  const note = page.getByRole('status').filter({ hasText: /offline/i });
  await expect(note).toHaveText('You are offline. Showing articles saved on this device.');

  await context.setOffline(false);
  await expect(note).toHaveCount(0);
});

test('an article opened online reads in full offline, loaded directly by its URL', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const link = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const articleUrl = page.url();
  const firstParagraph = (await page.locator('article .prose p').first().textContent())!.trim();
  expect(firstParagraph.length).toBeGreaterThan(20);
  await waitForServiceWorker(page);
  await waitForPersistedFeed(page, title);

  await context.setOffline(true);
  await page.goto(articleUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(firstParagraph)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Share this article' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /offline/i })).toBeVisible();
});

test('a saved article reads offline after the feed caches are gone', async ({ page, context }) => {
  await page.goto('/');
  const link = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const articleUrl = page.url();
  const slug = decodeURIComponent(new URL(articleUrl).pathname.split('/').pop()!);
  const firstParagraph = (await page.locator('article .prose p').first().textContent())!.trim();
  const hero = page.locator('article figure img').first();
  const heroSrc = await hero.getAttribute('src');
  expect(heroSrc).toBeTruthy();
  await waitForServiceWorker(page);

  const save = page.getByRole('button', { name: 'Save article' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toHaveText('Saved');
  await expect
    .poll(async () => {
      const entry = await readIdb(page, SAVED.name, SAVED.store, slug);
      return (entry as { article?: { title?: string } } | null)?.article?.title ?? null;
    })
    .toBe(title);
  await expect
    .poll(() =>
      page.evaluate(
        async (src) =>
          Boolean(
            await caches.match(new URL(src, location.href).href, { cacheName: 'oj-saved-images' }),
          ),
        heroSrc!,
      ),
    )
    .toBe(true);

  // Forget the feed everywhere it is kept (the worker's feed cache and the persisted query
  // cache) and trim the picture cache, from a page that does not run the app, so nothing
  // writes them back.
  await page.goto('/feed.json');
  const gone = await page.evaluate(
    async ({ feedCache, imageCache, db, store, key }) => {
      await caches.delete(feedCache);
      await caches.delete(imageCache);
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const connection = request.result;
          const tx = connection.transaction(store, 'readwrite');
          tx.objectStore(store).delete(key);
          tx.oncomplete = () => {
            connection.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      return !(await caches.has(feedCache)) && !(await caches.has(imageCache));
    },
    {
      feedCache: FEED_CACHE,
      imageCache: IMAGE_CACHE,
      db: QUERY_CACHE.name,
      store: QUERY_CACHE.store,
      key: QUERY_CACHE.key,
    },
  );
  expect(gone).toBe(true);
  expect(await readIdb(page, QUERY_CACHE.name, QUERY_CACHE.store, QUERY_CACHE.key)).toBeNull();

  await context.setOffline(true);
  // Proof that no copy of the feed is left: offline, Main cannot show it.
  await page.goto('/');
  const failure = page.getByRole('alert');
  await expect(failure.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 20_000 });

  await page.goto(articleUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(firstParagraph)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save article' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The picture comes from the saved articles' own cache, the only one left.
  const heroOffline = page.locator('article figure img').first();
  await expect(heroOffline).toHaveAttribute('src', heroSrc!);
  await expect
    .poll(() =>
      heroOffline.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true);

  await page.getByRole('link', { name: 'Saved', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved articles');
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
  await page.getByRole('button', { name: `Remove “${title}” from saved articles` }).click();
  await expect(page.getByText('No saved articles yet.')).toBeVisible();
});
