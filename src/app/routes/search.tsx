import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { MAX_FEED_PAGES } from '../../features/feed/api/feed-queries';
import { loadFeed } from '../../features/feed/api/load-feed';
import { useLoadedFeed } from '../../features/feed/hooks/use-feed';
import { ArticleCard } from '../../features/articles/components/article-card';
import { searchArticles } from '../../features/search/search-articles';
import { usePageMeta } from '../../lib/use-page-meta';

export function searchLoader(queryClient: QueryClient) {
  return async () => {
    await loadFeed(queryClient);
    return null;
  };
}

export function SearchRoute() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const { feed, hasNextPage, isFetchingNextPage, fetchNextPage, pageCount, error } =
    useLoadedFeed();
  usePageMeta({ title: query ? `Search: ${query}` : 'Search', siteName: feed.meta.title });

  // A search covers older articles too: walk the remaining feed pages, within the bound.
  const walking = Boolean(query) && hasNextPage && pageCount < MAX_FEED_PAGES && !error;
  // pageCount is a dependency: a fast page can arrive without a render that shows it
  // fetching, and the walk must go on after every page.
  useEffect(() => {
    if (walking && !isFetchingNextPage) void fetchNextPage();
  }, [walking, isFetchingNextPage, fetchNextPage, pageCount]);

  const results = useMemo(() => searchArticles(feed.articles, query), [feed.articles, query]);

  return (
    <div className="mx-auto max-w-4xl">
      <PageHeading className="border-b-2 border-zinc-950 pb-4 text-4xl sm:text-5xl dark:border-zinc-200">
        Search
      </PageHeading>
      <div
        role="status"
        aria-live="polite"
        className="mt-6 text-sm text-zinc-600 dark:text-zinc-400"
      >
        {!query
          ? 'Type a word or a name in the search box to find articles.'
          : walking
            ? `Searching older articles… ${results.length} found so far.`
            : results.length > 0
              ? `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”`
              : ''}
      </div>
      {query && !walking && results.length === 0 && (
        <p className="mt-8 font-serif text-xl text-zinc-700 dark:text-zinc-300">
          No results for “{query}”
        </p>
      )}
      {results.length > 0 && (
        <ul className="mt-8 divide-y divide-zinc-200 dark:divide-zinc-800">
          {results.map((article) => (
            <li key={article.id} className="py-6 first:pt-0">
              <ArticleCard article={article} variant="row" headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
