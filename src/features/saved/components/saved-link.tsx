import { NavLink } from 'react-router';
import { BookmarkIcon } from '../../../components/icons';
import { paths } from '../../../config/paths';

/** The header's way to the Saved page: an icon, with the word from medium screens up. */
export function SavedLink() {
  return (
    <NavLink
      to={paths.saved()}
      className={({ isActive }) =>
        `inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-2 text-sm font-semibold transition hover:bg-zinc-100 md:px-3 dark:hover:bg-zinc-800 ${
          isActive
            ? 'text-accent dark:text-accent-soft'
            : 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white'
        }`
      }
    >
      <BookmarkIcon />
      <span className="sr-only md:not-sr-only">Saved</span>
    </NavLink>
  );
}
