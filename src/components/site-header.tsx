import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { paths } from '../config/paths';
import { ThemeToggle } from './theme-toggle';

interface SiteHeaderProps {
  title: string;
  tagline: string;
  sections: { slug: string; name: string }[];
  /** The search control; the header only places it. */
  search: ReactNode;
  /** Further controls beside search (saved articles, install). */
  actions?: ReactNode;
}

const today = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function SiteHeader({ title, tagline, sections, search, actions }: SiteHeaderProps) {
  return (
    <header className="border-b border-zinc-200 bg-paper dark:border-zinc-800 dark:bg-night">
      <div className="relative mx-auto flex max-w-7xl items-center gap-3 px-4 pt-4 sm:px-6 lg:px-8">
        <p className="hidden flex-1 text-xs font-medium tracking-wide text-zinc-500 uppercase md:block dark:text-zinc-400">
          {today.format(new Date())}
        </p>
        <div className="flex flex-1 justify-end gap-1 md:flex-none">
          {actions}
          {search}
          <ThemeToggle />
        </div>
      </div>
      <div className="mx-auto max-w-7xl px-4 pt-1 pb-5 text-center sm:px-6 lg:px-8">
        <Link
          to={paths.home()}
          className="inline-block font-serif text-[2rem] leading-tight font-bold tracking-tight text-zinc-950 sm:text-5xl dark:text-white"
        >
          {title}
        </Link>
        {tagline && (
          <p className="mt-1.5 font-serif text-sm text-zinc-600 italic sm:text-base dark:text-zinc-400">
            {tagline}
          </p>
        )}
      </div>
      <nav aria-label="Sections" className="border-t border-zinc-200 dark:border-zinc-800">
        <ul className="scrollbar-none mx-auto flex max-w-7xl snap-x gap-1 overflow-x-auto px-2 sm:justify-center sm:px-6 lg:px-8">
          {sections.map((section) => (
            <li key={section.slug} className="shrink-0 snap-start">
              <NavLink
                to={paths.section(section.slug)}
                className={({ isActive }) =>
                  `inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold whitespace-nowrap transition ${
                    isActive
                      ? 'border-accent text-zinc-950 dark:border-accent-soft dark:text-white'
                      : 'border-transparent text-zinc-600 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white'
                  }`
                }
              >
                {section.name}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
