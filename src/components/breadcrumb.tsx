import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** Router path; the last crumb (the current page) has none. */
  to?: string;
}

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex min-w-0 items-center gap-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-zinc-400 dark:text-zinc-600">
                /
              </span>
            )}
            {item.to ? (
              <Link
                to={item.to}
                className="font-medium hover:text-zinc-950 hover:underline dark:hover:text-white"
              >
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-1 text-zinc-500 dark:text-zinc-400">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
