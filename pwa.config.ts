import type { VitePWAOptions } from 'vite-plugin-pwa';
import { cacheNames } from './src/features/offline/cache-names.ts';

/** The icon's ground colour (public/favicon.svg), also behind the maskable icon's mark. */
const BRAND_BLUE = '#17386b';
/** Matches the light `theme-color` meta in index.html; the dark one lives there only. */
const PAPER = '#ffffff';

const DAY = 24 * 60 * 60;

/**
 * The web app manifest, the icons and the service worker (Workbox `generateSW`).
 * See docs/offline.md for what is cached where and why.
 *
 * Functions below (route matchers, the plugin) are copied into sw.js as source text:
 * they must not use anything from this module's scope.
 */
export function pwaOptions({ base: basePath }: { base: string }): Partial<VitePWAOptions> {
  // The manifest's scope must end with a slash to cover the pages below it.
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    // The reader asks before it swaps versions (src/features/offline/components/update-prompt.tsx).
    registerType: 'prompt',
    // Registration happens in the update prompt through `virtual:pwa-register/react`.
    injectRegister: false,
    // In `npm start` MSW's worker serves the feed; the app's worker stays off. See docs/offline.md.
    devOptions: { enabled: false },
    // One SVG source for every icon, the favicon and the Apple touch icon.
    pwaAssets: {
      image: 'public/favicon.svg',
      htmlPreset: '2023',
      preset: {
        transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
        maskable: { sizes: [512], resizeOptions: { background: BRAND_BLUE } },
        apple: { sizes: [180], resizeOptions: { background: BRAND_BLUE } },
      },
      includeHtmlHeadLinks: true,
      overrideManifestIcons: true,
      // index.html carries a light and a dark theme-color of its own.
      injectThemeColor: false,
    },
    manifest: {
      id: base,
      name: 'The Odessa Journal',
      short_name: 'Odessa Journal',
      description: 'About past, present and future of Ukraine',
      lang: 'en',
      dir: 'ltr',
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: PAPER,
      background_color: PAPER,
      categories: ['news'],
    },
    workbox: {
      // The app shell. Feeds and article pictures are content: they are cached as they are
      // fetched (runtimeCaching), never ahead of time.
      globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
      globIgnores: ['**/mockServiceWorker.js', '**/feed.json', '**/feed-*.json', 'images/**'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [
        /^[^?]*\/mockServiceWorker\.js(?:\?.*)?$/,
        /^[^?]*\/feed(?:-\d+)?\.json(?:\?.*)?$/,
      ],
      cleanupOutdatedCaches: true,
      // The first visit's worker takes over at once, so what that visit reads next is
      // already cached. Updates still wait for the reader (registerType: 'prompt').
      clientsClaim: true,
      runtimeCaching: [
        {
          // Feed pages: the built-in feed-N.json files, and any feed (VITE_FEED_URL or a
          // page it links with next_url) by the Accept header the reader sends for feeds.
          urlPattern: ({ request, url, sameOrigin }) =>
            (sameOrigin && /\/feed(?:-\d+)?\.json$/.test(url.pathname)) ||
            (request.headers.get('Accept') ?? '').includes('application/feed+json'),
          handler: 'NetworkFirst',
          options: {
            cacheName: cacheNames.feed,
            networkTimeoutSeconds: 4,
            expiration: { maxEntries: 80, maxAgeSeconds: 30 * DAY },
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          urlPattern: ({ request }) => request.destination === 'image',
          handler: 'CacheFirst',
          options: {
            cacheName: cacheNames.images,
            expiration: { maxEntries: 200, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [0, 200] },
            plugins: [
              {
                // Pictures of saved articles sit in a cache of their own that expiry never
                // trims; a miss here looks there (and in every other cache) before the network.
                cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
                  cachedResponse ?? (await caches.match(request.url)) ?? null,
              },
            ],
          },
        },
        {
          urlPattern: ({ request }) => request.destination === 'font',
          handler: 'CacheFirst',
          options: {
            cacheName: cacheNames.fonts,
            expiration: { maxEntries: 40, maxAgeSeconds: 365 * DAY },
            cacheableResponse: { statuses: [0, 200] },
          },
        },
      ],
    },
  };
}
