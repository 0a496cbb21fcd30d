import { Link } from 'react-router';
import { paths } from '../config/paths';

interface SiteFooterProps {
  title: string;
  tagline: string;
  sections: { slug: string; name: string }[];
}

export function SiteFooter({ title, tagline, sections }: SiteFooterProps) {
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_3fr] lg:px-8">
        <div>
          <p className="font-serif text-xl font-bold text-zinc-950 dark:text-white">{title}</p>
          {tagline && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{tagline}</p>}
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
            <li>
              <Link className="text-zinc-700 hover:underline dark:text-zinc-300" to={paths.home()}>
                Main
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <Link
                  className="text-zinc-700 hover:underline dark:text-zinc-300"
                  to={paths.section(section.slug)}
                >
                  {section.name}
                </Link>
              </li>
            ))}
            <li>
              <Link
                className="text-zinc-700 hover:underline dark:text-zinc-300"
                to={paths.search()}
              >
                Search
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-zinc-200 px-4 py-4 text-center text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        © {new Date().getFullYear()} {title}
      </p>
    </footer>
  );
}
