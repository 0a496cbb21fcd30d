import type { Plugin } from 'vite';

/**
 * Starts the first feed request from the HTML, in parallel with the app's script, instead
 * of after the script has run: `<link rel="preload" as="fetch">` for the same URL the app
 * fetches (VITE_FEED_URL, else `feed.json` next to index.html). Build only: in development
 * the feed comes from MSW, which is not running yet when the HTML loads.
 */
export function feedPreloadPlugin(feedUrl: string | undefined): Plugin {
  let href = '';
  return {
    name: 'reader:feed-preload',
    apply: 'build',
    configResolved(config) {
      const configured = feedUrl?.trim();
      href = !configured
        ? `${config.base}feed.json`
        : /^[a-z][a-z\d+.-]*:|^\//i.test(configured)
          ? configured
          : `${config.base}${configured}`;
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
