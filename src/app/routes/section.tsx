import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundView } from '../../components/not-found-view';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { ArticleList } from '../../features/articles/components/article-list';
import { articlesInSection, findSection } from '../../features/feed/api/feed-selectors';
import { loadSection } from '../../features/feed/api/load-feed';
import { useLoadedFeed } from '../../features/feed/hooks/use-feed';
import { useOnlineStatus } from '../../features/offline/use-online-status';
import { usePageMeta } from '../../lib/use-page-meta';
import { notFound } from './route-error';

export function sectionLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const found = await loadSection(queryClient, params.slug ?? '');
    if (!found) throw notFound('section');
    return null;
  };
}

export function SectionRoute() {
  const { slug = '' } = useParams();
  const { feed, hasNextPage, isFetchingNextPage, fetchNextPage, loadMoreError } = useLoadedFeed();
  const online = useOnlineStatus();
  const section = findSection(feed.sections, slug);
  usePageMeta({
    title: section?.name,
    siteName: feed.meta.title,
    description: section
      ? `The latest ${section.name} articles from ${feed.meta.title}.`
      : undefined,
  });
  if (!section) return <NotFoundView title="Section not found" />;

  const articles = articlesInSection(feed.articles, section.slug);
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb items={[{ label: 'Main', to: paths.home() }, { label: section.name }]} />
      <PageHeading className="mt-4 border-b-2 border-zinc-950 pb-4 text-4xl sm:text-5xl dark:border-zinc-200">
        {section.name}
      </PageHeading>
      <div className="mt-8">
        <ArticleList
          articles={articles}
          hasMore={hasNextPage}
          isLoadingMore={isFetchingNextPage}
          onLoadMore={() => void fetchNextPage()}
          offline={!online}
          loadMoreError={loadMoreError}
          emptyText={`There are no ${section.name} articles yet.`}
          showSection={false}
        />
      </div>
    </div>
  );
}
