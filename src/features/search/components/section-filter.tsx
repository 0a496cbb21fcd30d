import { Link } from 'react-router';
import type { Section } from '../../feed/model';
import { searchUrl } from '../search-url';

interface SectionFilterProps {
  query: string;
  /** The chosen section's slug, or '' for all. */
  current: string;
  /** Sections in navigation order. */
  sections: readonly Section[];
  /** Matches per section slug. */
  counts: Record<string, number>;
  total: number;
}

const chip =
  'inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-medium transition sm:min-h-9';
const idle =
  'border-zinc-300 text-zinc-700 hover:border-zinc-500 hover:text-zinc-950 dark:border-zinc-700 dark:text-zinc-300 dark:hover:border-zinc-500 dark:hover:text-white';
const active =
  'border-zinc-950 bg-zinc-950 text-white dark:border-zinc-100 dark:bg-zinc-100 dark:text-zinc-950';

/** Chips that narrow the results to one section; the choice lives in `?section=`. */
export function SectionFilter({ query, current, sections, counts, total }: SectionFilterProps) {
  const shown = sections.filter((section) => counts[section.slug] || section.slug === current);
  if (shown.length === 0) return null;
  const item = (slug: string, name: string, count: number) => (
    <li key={slug || 'all'}>
      <Link
        to={searchUrl(query, slug)}
        aria-current={current === slug ? 'true' : undefined}
        className={`${chip} ${current === slug ? active : idle}`}
        // Changing the filter keeps the reader where they are.
        preventScrollReset
      >
        {name}
        <span className="text-xs font-normal tabular-nums">{count.toLocaleString('en-GB')}</span>
      </Link>
    </li>
  );
  return (
    <div role="group" aria-label="Filter by section" className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {item('', 'All sections', total)}
        {shown.map((section) => item(section.slug, section.name, counts[section.slug] ?? 0))}
      </ul>
    </div>
  );
}
