import { QueryClient } from '@tanstack/react-query';
import { feedKeys, feedRetryDelay, shouldRetryFeed } from '../features/feed/api/feed-queries';

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        gcTime: 24 * 60 * 60 * 1000,
      },
    },
  });
  // Set as defaults rather than inside the query options, so tests can turn them off.
  queryClient.setQueryDefaults(feedKeys.all, {
    retry: shouldRetryFeed,
    retryDelay: feedRetryDelay,
  });
  return queryClient;
}
