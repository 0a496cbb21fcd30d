import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../src/app/router';
import { createQueryClient } from '../src/app/query-client';
import { feedKeys } from '../src/features/feed/api/feed-queries';

/**
 * Renders the reader at a URL through its real routes, loaders and providers, with a
 * fresh query cache, exactly as a reader would reach that URL.
 */
export function renderRoute(url: string) {
  const queryClient = createQueryClient();
  // Tests see failures at once instead of after the production retry back-off.
  queryClient.setQueryDefaults(feedKeys.all, { retry: false });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}
