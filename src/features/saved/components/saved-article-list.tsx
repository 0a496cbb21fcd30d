import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatShortDate } from '../../../lib/format';
import { ArticleCard } from '../../articles/components/article-card';
import type { SavedArticle } from '../api/saved-articles';

interface SavedArticleListProps {
  items: SavedArticle[];
  onRemove: (slug: string) => void;
  /** The slug being removed, if any: its button waits. */
  removing?: string;
}

/** The Saved page's list: newest saved first, each with a "Remove" button; or an empty state. */
export function SavedArticleList({ items, onRemove, removing }: SavedArticleListProps) {
  if (items.length === 0) {
    return (
      <div className="py-8 text-zinc-700 dark:text-zinc-300">
        <p className="font-serif text-xl">No saved articles yet.</p>
        <p className="mt-2">
          Choose “Save” on any article to keep it on this device and read it offline.{' '}
          <Link
            to={paths.home()}
            className="font-semibold text-accent hover:underline dark:text-accent-soft"
          >
            Go to Main
          </Link>
        </p>
      </div>
    );
  }
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {items.map(({ article, savedAt }) => (
        <li key={article.slug} className="py-6 first:pt-0">
          <ArticleCard article={article} variant="row" headingLevel={2} />
          <div className="mt-3 flex items-center gap-4 text-sm text-zinc-600 dark:text-zinc-400">
            <span>
              Saved <time dateTime={savedAt}>{formatShortDate(savedAt)}</time>
            </span>
            <button
              type="button"
              aria-label={`Remove “${article.title}” from saved articles`}
              onClick={() => onRemove(article.slug)}
              disabled={removing === article.slug}
              className="inline-flex min-h-11 items-center rounded-full px-3 font-semibold text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 disabled:opacity-60 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              Remove
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
