import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ErrorView } from '../../components/error-view';
import { NotFoundView } from '../../components/not-found-view';
import { FeedError } from '../../features/feed/api/feed-error';
import { feedKeys } from '../../features/feed/api/feed-queries';

/** Thrown by loaders when the feed has no such article, section or author. */
export function notFound(what: string): Response {
  return new Response(what, { status: 404, statusText: 'Not Found' });
}

/**
 * Each route's error boundary: the header and navigation stay, and only the failed
 * page says what went wrong, with a way to try again.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();
  const isNotFound = isRouteErrorResponse(error) && error.status === 404;

  useEffect(() => {
    if (!isNotFound) console.warn('The page failed to render:', error);
  }, [error, isNotFound]);

  if (isNotFound) {
    const what = typeof error.data === 'string' && error.data ? error.data : 'page';
    return (
      <NotFoundView
        title={`${what[0]?.toUpperCase()}${what.slice(1)} not found`}
        message={`We could not find this ${what} in the feed. It may have been removed.`}
      />
    );
  }

  const feedError = error instanceof FeedError ? error : undefined;
  return (
    <ErrorView
      title={feedError ? 'The news could not be loaded' : 'This page could not be shown'}
      message={
        feedError?.message ??
        'Something went wrong while showing this page. The rest of the reader still works.'
      }
      detail={error instanceof Error ? `${error.name}: ${error.message}` : String(error)}
      onRetry={() => {
        // Drop the failed state so the loader fetches afresh instead of rethrowing it.
        queryClient.removeQueries({ queryKey: feedKeys.all });
        void revalidator.revalidate();
      }}
    />
  );
}
