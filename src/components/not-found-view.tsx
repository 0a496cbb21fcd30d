import { Link } from 'react-router';
import { paths } from '../config/paths';
import { PageHeading } from './page-heading';

export function NotFoundView({
  title = 'Page not found',
  message = 'The page you asked for does not exist, or it has moved.',
}: {
  title?: string;
  message?: string;
}) {
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <p
        className="font-serif text-6xl font-bold text-zinc-500 dark:text-zinc-400"
        aria-hidden="true"
      >
        404
      </p>
      <PageHeading className="mt-4 text-3xl sm:text-4xl">{title}</PageHeading>
      <p className="mt-4 text-lg text-zinc-600 dark:text-zinc-400">{message}</p>
      <Link
        to={paths.home()}
        className="mt-8 inline-flex min-h-11 items-center rounded-full bg-zinc-900 px-6 text-sm font-semibold text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
      >
        Go to Main
      </Link>
    </div>
  );
}
