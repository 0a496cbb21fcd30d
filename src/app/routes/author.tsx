import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundView } from '../../components/not-found-view';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { ArticleList } from '../../features/articles/components/article-list';
import { articlesByAuthor, findAuthor } from '../../features/feed/api/feed-selectors';
import { loadAuthor } from '../../features/feed/api/load-feed';
import { useLoadedFeed } from '../../features/feed/hooks/use-feed';
import { safeUrl } from '../../lib/url-policy';
import { useOnlineStatus } from '../../features/offline/use-online-status';
import { usePageMeta } from '../../lib/use-page-meta';
import { notFound } from './route-error';

export function authorLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const found = await loadAuthor(queryClient, params.slug ?? '');
    if (!found) throw notFound('author');
    return null;
  };
}

export function AuthorRoute() {
  const { slug = '' } = useParams();
  const { feed, hasNextPage, isFetchingNextPage, fetchNextPage, loadMoreError } = useLoadedFeed();
  const online = useOnlineStatus();
  const author = findAuthor(feed.articles, slug);
  usePageMeta({
    title: author?.name,
    siteName: feed.meta.title,
    description: author ? `Articles by ${author.name} in ${feed.meta.title}.` : undefined,
  });
  if (!author) return <NotFoundView title="Author not found" />;

  const articles = articlesByAuthor(feed.articles, author.slug);
  const website = safeUrl(author.url, undefined, { allow: ['http:', 'https:'] });
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb items={[{ label: 'Main', to: paths.home() }, { label: author.name }]} />
      <div className="mt-4 border-b-2 border-zinc-950 pb-4 dark:border-zinc-200">
        <p className="text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
          Author
        </p>
        <PageHeading className="mt-1 text-4xl sm:text-5xl">{author.name}</PageHeading>
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          {articles.length} {articles.length === 1 ? 'article' : 'articles'}
          {hasNextPage ? ' so far' : ''}
          {website && (
            <>
              {' · '}
              <a
                href={website}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-accent hover:underline dark:text-accent-soft"
              >
                Website
              </a>
            </>
          )}
        </p>
      </div>
      <div className="mt-8">
        <ArticleList
          articles={articles}
          hasMore={hasNextPage}
          isLoadingMore={isFetchingNextPage}
          onLoadMore={() => void fetchNextPage()}
          offline={!online}
          loadMoreError={loadMoreError}
          emptyText={`There are no articles by ${author.name} yet.`}
        />
      </div>
    </div>
  );
}
