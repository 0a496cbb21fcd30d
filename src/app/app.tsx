import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSubscribe,
} from '@tanstack/react-query-persist-client';
import { useEffect, useState } from 'react';
// From `react-router` itself: the app never asks navigations for flushSync, the one thing
// `react-router/dom` adds, and tests then see a single copy of the router.
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageSkeleton } from '../components/skeletons';
import { createPersistOptions } from '../features/offline/query-persistence';
import { prefetchOnIntent } from './prefetch-on-intent';
import { createQueryClient } from './query-client';
import { createRoutes } from './router';

/**
 * Brings back the feed saved on this device, then keeps saving the cache as it changes.
 * Saving is switched on in the same step as the restore ends, before any page asks for
 * data: a feed that answers at once (preloaded, or from the service worker) is saved too.
 * A restore that fails only costs the saved copy: the reader starts from the network.
 */
async function restoreThenPersist(queryClient: QueryClient): Promise<void> {
  const options = { queryClient, ...createPersistOptions() };
  try {
    await persistQueryClientRestore(options);
  } catch (error) {
    console.warn('The feed saved on this device could not be read:', error);
  }
  persistQueryClientSubscribe(options);
}

/** One restore per query client, however often React renders or double-invokes. */
const restores = new WeakMap<QueryClient, Promise<void>>();
function restored(queryClient: QueryClient): Promise<void> {
  let restore = restores.get(queryClient);
  if (!restore) {
    restore = restoreThenPersist(queryClient);
    restores.set(queryClient, restore);
  }
  return restore;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RestoredRouter queryClient={queryClient} />
    </QueryClientProvider>
  );
}

/**
 * The router starts only once the feed saved on this device is back in the cache, so the
 * first page paints from it at once (and offline) instead of waiting for the network.
 */
function RestoredRouter({ queryClient }: { queryClient: QueryClient }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    void restored(queryClient).then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [queryClient]);
  if (!ready) return <PageSkeleton />;
  return <AppRouter queryClient={queryClient} />;
}

function AppRouter({ queryClient }: { queryClient: QueryClient }) {
  const [router] = useState(() =>
    createBrowserRouter(createRoutes(queryClient), {
      basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
    }),
  );
  useEffect(() => prefetchOnIntent(router), [router]);
  return <RouterProvider router={router} />;
}
