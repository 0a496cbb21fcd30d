import { paths } from '../../config/paths';

/** `/search?q=…`, with `&section=…` when the results are filtered to one section. */
export function searchUrl(query: string, section?: string): string {
  const base = paths.search(query);
  if (!section) return base;
  return `${base}${base.includes('?') ? '&' : '?'}section=${encodeURIComponent(section)}`;
}
