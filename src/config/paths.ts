/** The one place that builds the reader's own URLs (router-relative, no base). */
export const paths = {
  home: () => '/',
  section: (slug: string) => `/section/${encodeURIComponent(slug)}`,
  article: (slug: string) => `/article/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/author/${encodeURIComponent(slug)}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  saved: () => '/saved',
} as const;

/** Absolute canonical reader URL for a router path: origin + base + path, no query or hash. */
export function canonicalUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return new URL(`${base}${path}`, window.location.origin).href;
}
