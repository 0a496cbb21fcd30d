import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { MAX_FEED_PAGES } from '../../features/feed/api/feed-queries';
import { loadFeed } from '../../features/feed/api/load-feed';
import { useLoadedFeed } from '../../features/feed/hooks/use-feed';
import { SearchResultItem } from '../../features/search/components/search-result-item';
import { SectionFilter } from '../../features/search/components/section-filter';
import { useSearchIndex } from '../../features/search/hooks/use-search-index';
import { useSearchResults } from '../../features/search/hooks/use-search-results';
import { searchEngineFor } from '../../features/search/search-engine';
import { usePageMeta } from '../../lib/use-page-meta';

const RESULTS_PER_STEP = 20;

export function searchLoader(queryClient: QueryClient) {
  return async () => {
    await loadFeed(queryClient);
    return null;
  };
}

function plural(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'result' : 'results'}`;
}

export function SearchRoute() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const section = params.get('section') ?? '';
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

  const engine = searchEngineFor(useQueryClient());
  const index = useSearchIndex(engine, true);
  // "Show more" grows the list; a new query or filter starts again from the top.
  const [shown, setShown] = useState({ key: '', limit: RESULTS_PER_STEP });
  const listKey = `${query}\u0000${section}`;
  const limit = shown.key === listKey ? shown.limit : RESULTS_PER_STEP;
  const { results, latest, settled } = useSearchResults(
    engine,
    query,
    section,
    limit,
    index.version,
  );

  const done = !walking && index.caughtUp && settled;
  const sectionName = feed.sections.find((candidate) => candidate.slug === section)?.name;
  const inSection = results ? (section ? (results.sections[section] ?? 0) : results.total) : 0;
  const where = sectionName ? ` in ${sectionName}` : '';

  let status = '';
  if (!query) status = 'Type a word or a name in the search box to find articles.';
  else if (!done) status = `Searching older articles… ${plural(inSection)} so far.`;
  else if (inSection > 0) status = `${plural(inSection)} for “${query}”${where}`;

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
        {status}
      </div>
      {error && query && (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Some older articles could not be loaded, so they were not searched.
        </p>
      )}
      {query && latest && latest.total > 0 && (
        <SectionFilter
          query={query}
          current={section}
          sections={feed.sections}
          counts={latest.sections}
          total={latest.total}
        />
      )}
      {query && done && inSection === 0 && (
        <p className="mt-8 font-serif text-xl text-zinc-700 dark:text-zinc-300">
          No results for “{query}”{where}
        </p>
      )}
      {query && results && results.results.length > 0 && (
        <>
          <ul className="mt-8 divide-y divide-zinc-200 dark:divide-zinc-800">
            {results.results.map(({ article }) => (
              <li key={article.id} className="py-6 first:pt-0">
                <SearchResultItem article={article} terms={results.terms} />
              </li>
            ))}
          </ul>
          {results.results.length < inSection && (
            <button
              type="button"
              className="mt-4 inline-flex min-h-11 items-center rounded-full border border-zinc-300 px-5 text-sm font-semibold text-zinc-800 hover:border-zinc-500 dark:border-zinc-700 dark:text-zinc-200"
              onClick={() => setShown({ key: listKey, limit: limit + RESULTS_PER_STEP })}
            >
              Show more results
            </button>
          )}
        </>
      )}
    </div>
  );
}
