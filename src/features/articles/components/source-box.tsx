import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { safeUrl, WEB_ONLY } from '../../../lib/url-policy';
import type { Author } from '../../feed/model';

/** Who wrote the article (or which source it came from), with the way to their other work. */
export function SourceBox({ author }: { author: Author }) {
  // Checked again at render, like every picture from the feed (see ArticleImage).
  const avatar = safeUrl(author.avatar, undefined, WEB_ONLY);
  const initials = author.name
    .split(/\s+/)
    .map((part) => part[0])
    .filter(Boolean)
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <section
      aria-labelledby="source-box-name"
      className="flex items-center gap-4 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
    >
      {avatar ? (
        <img
          src={avatar}
          alt=""
          width={56}
          height={56}
          loading="lazy"
          className="size-14 rounded-full object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-14 shrink-0 items-center justify-center rounded-full bg-zinc-900 font-serif text-lg font-bold text-white dark:bg-zinc-100 dark:text-zinc-900"
        >
          {initials}
        </span>
      )}
      <div className="min-w-0 flex-1">
        <p className="text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
          Source
        </p>
        <p
          id="source-box-name"
          className="truncate font-serif text-lg font-semibold text-zinc-950 dark:text-white"
        >
          {author.name}
        </p>
      </div>
      <Link
        to={paths.author(author.slug)}
        className="inline-flex min-h-11 shrink-0 items-center rounded-full border border-zinc-300 px-4 text-sm font-semibold text-zinc-800 hover:border-zinc-900 hover:bg-zinc-900 hover:text-white dark:border-zinc-700 dark:text-zinc-200 dark:hover:border-white dark:hover:bg-white dark:hover:text-zinc-900"
      >
        More articles
      </Link>
    </section>
  );
}
