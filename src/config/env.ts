/**
 * Build-time configuration. `VITE_FEED_URL` (absolute URL or path) overrides the
 * default `feed.json` next to `index.html`.
 */
export function feedUrl(): string {
  const configured = import.meta.env.VITE_FEED_URL?.trim();
  const appBase = new URL(import.meta.env.BASE_URL, window.location.origin);
  return new URL(configured || 'feed.json', appBase).href;
}
