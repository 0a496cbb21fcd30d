import { useIsRestoring, type QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageSkeleton } from '../components/skeletons';
import { createPersistOptions } from '../features/offline/query-persistence';
import { createQueryClient } from './query-client';
import { createRoutes } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [persistOptions] = useState(() => createPersistOptions());
  return (
    <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
      <RestoredRouter queryClient={queryClient} />
    </PersistQueryClientProvider>
  );
}

/**
 * The router starts only once the feed saved on this device is back in the cache, so the
 * first page paints from it at once (and offline) instead of waiting for the network.
 */
function RestoredRouter({ queryClient }: { queryClient: QueryClient }) {
  const isRestoring = useIsRestoring();
  if (isRestoring) return <PageSkeleton />;
  return <AppRouter queryClient={queryClient} />;
}

function AppRouter({ queryClient }: { queryClient: QueryClient }) {
  const [router] = useState(() =>
    createBrowserRouter(createRoutes(queryClient), {
      basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
    }),
  );
  return <RouterProvider router={router} />;
}
