import {
  useMutation,
  useQueryClient,
  useSuspenseQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { PageHeading } from '../../components/page-heading';
import { APP_NAME } from '../../config/app';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { removeSavedMutation, savedListQuery } from '../../features/saved/api/saved-queries';
import { SavedArticleList } from '../../features/saved/components/saved-article-list';
import { usePageMeta } from '../../lib/use-page-meta';

export function savedLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(savedListQuery());
    return null;
  };
}

export function SavedRoute() {
  const queryClient = useQueryClient();
  const { data: items } = useSuspenseQuery(savedListQuery());
  const remove = useMutation(removeSavedMutation(queryClient));
  const { feed } = useFeed();
  usePageMeta({ title: 'Saved articles', siteName: feed?.meta.title ?? APP_NAME });

  return (
    <div className="mx-auto max-w-4xl">
      <PageHeading className="border-b-2 border-zinc-950 pb-4 text-4xl sm:text-5xl dark:border-zinc-200">
        Saved articles
      </PageHeading>
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        Kept on this device, whole, with their pictures: they read without a connection.
      </p>
      <div className="mt-8">
        <SavedArticleList
          items={items}
          onRemove={(slug) => remove.mutate(slug)}
          removing={remove.isPending ? remove.variables : undefined}
        />
      </div>
      {remove.isError && (
        <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-400">
          The article could not be removed. Try again.
        </p>
      )}
    </div>
  );
}
