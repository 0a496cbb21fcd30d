import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Where the built reader will fetch its first feed page from, as index.html can name it:
 * a path on the reader's own origin, or an absolute URL on another origin. Mirrors
 * `feedUrl()` in src/config/env.ts, which resolves the same setting in the browser.
 */
export function firstFeedRequest(
  base: string,
  configured: string | undefined,
): { sameOrigin: true; path: string } | { sameOrigin: false; url: string; origin: string } {
  const home = new URL(base, 'https://reader.invalid/');
  const url = new URL(configured?.trim() || 'feed.json', home);
  if (url.origin === home.origin) return { sameOrigin: true, path: url.pathname + url.search };
  return { sameOrigin: false, url: url.href, origin: url.origin };
}

/** The tags that start the first feed request while the scripts still download. */
export function feedPreloadTags(base: string, configured: string | undefined): HtmlTagDescriptor[] {
  const request = firstFeedRequest(base, configured);
  if (request.sameOrigin) {
    // `crossorigin` makes the preload a CORS request, like the reader's fetch(), so the
    // fetch picks up the preloaded response instead of asking again.
    return [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: request.path, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ];
  }
  // A feed on another origin is only connected to early: its first request must carry the
  // feed Accept header by which the service worker recognises and caches it offline.
  return [
    {
      tag: 'link',
      attrs: { rel: 'preconnect', href: request.origin, crossorigin: 'anonymous' },
      injectTo: 'head',
    },
  ];
}

/** Adds the first feed request's preload (or preconnect) to the built index.html. */
export function feedPreloadPlugin(): Plugin {
  let tags: HtmlTagDescriptor[] = [];
  return {
    name: 'odessa-journal:feed-preload',
    apply: 'build',
    configResolved(config) {
      tags = feedPreloadTags(config.base, config.env.VITE_FEED_URL as string | undefined);
    },
    transformIndexHtml: () => tags,
  };
}
