import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Article } from '../../feed/model';
import {
  getSavedArticle,
  listSavedArticles,
  removeSavedArticle,
  saveArticle,
} from './saved-articles';

export const savedKeys = {
  all: ['saved'] as const,
  lists: () => ['saved', 'list'] as const,
  details: () => ['saved', 'detail'] as const,
  detail: (slug: string) => ['saved', 'detail', slug] as const,
};

// The device's own store answers with or without a connection. (Freshness: the client's
// default staleTime; every change made here invalidates the saved queries.)
const networkMode = 'always';

export function savedListQuery() {
  return queryOptions({
    queryKey: savedKeys.lists(),
    queryFn: listSavedArticles,
    networkMode,
  });
}

export function savedArticleQuery(slug: string) {
  return queryOptions({
    queryKey: savedKeys.detail(slug),
    queryFn: () => getSavedArticle(slug),
    networkMode,
  });
}

/** Saves (`save: true`) or removes the article, then refreshes every saved query. */
export function toggleSavedMutation(queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async ({ article, save }: { article: Article; save: boolean }) => {
      if (save) await saveArticle(article);
      else await removeSavedArticle(article.slug);
    },
    networkMode,
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedKeys.all }),
  });
}

/** Removes a saved article by slug (the Saved page has no feed article at hand). */
export function removeSavedMutation(queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: (slug: string) => removeSavedArticle(slug),
    networkMode,
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedKeys.all }),
  });
}
