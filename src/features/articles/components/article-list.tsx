import { useEffect, useRef } from 'react';
import { ListSkeleton } from '../../../components/skeletons';
import type { Article } from '../../feed/model';
import { ArticleCard } from './article-card';

interface ArticleListProps {
  articles: Article[];
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
  /** Without a connection "More articles" cannot work: it waits, and says why. */
  offline?: boolean;
  /** Off where the whole list is one section, so the label would only repeat the page. */
  showSection?: boolean;
  /** Why the last "More articles" failed; the list stays, with a way to try again. */
  loadMoreError?: Error | null;
}

/**
 * Newest-first list with "More articles": the button loads the next feed page, and so
 * does reaching the end of the list (the sentinel below it scrolls into view).
 */
export function ArticleList({
  articles,
  hasMore,
  isLoadingMore,
  onLoadMore,
  emptyText,
  offline = false,
  showSection = true,
  loadMoreError = null,
}: ArticleListProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  // After a failure only the reader's "Try again" loads more: the sentinel staying in view
  // must not turn a broken page into an endless series of requests.
  const failed = loadMoreError !== null && !isLoadingMore;
  const canLoad = hasMore && !isLoadingMore && !offline && !failed;

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !canLoad) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [canLoad, onLoadMore]);

  return (
    <div>
      {articles.length === 0 && !hasMore ? (
        <p className="py-8 text-zinc-600 dark:text-zinc-400">{emptyText}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {articles.map((article) => (
            <li key={article.id} className="py-6 first:pt-0">
              <ArticleCard
                article={article}
                variant="row"
                headingLevel={2}
                showSection={showSection}
              />
            </li>
          ))}
        </ul>
      )}
      {isLoadingMore && (
        <div className="pt-6">
          <ListSkeleton rows={2} />
        </div>
      )}
      <div ref={sentinel} />
      {failed ? (
        <div
          role="alert"
          className="mt-8 rounded-xl border border-red-200 bg-red-50 p-5 text-red-950 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
        >
          <p>More articles could not be loaded. {loadMoreError.message}</p>
          <button
            type="button"
            onClick={onLoadMore}
            disabled={offline}
            className="mt-4 inline-flex min-h-11 items-center rounded-full bg-red-900 px-5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-200 dark:text-red-950 dark:hover:bg-white"
          >
            Try again
          </button>
        </div>
      ) : (
        hasMore && (
          <div className="mt-8 flex flex-col items-center gap-2">
            <button
              type="button"
              onClick={onLoadMore}
              disabled={isLoadingMore || offline}
              className="inline-flex min-h-11 items-center rounded-full bg-zinc-900 px-6 text-sm font-semibold text-white transition hover:bg-zinc-700 disabled:opacity-60 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
            >
              {isLoadingMore ? 'Loading…' : 'More articles'}
            </button>
            {offline && (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Connect to load more articles
              </p>
            )}
          </div>
        )
      )}
    </div>
  );
}
