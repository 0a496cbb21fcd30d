/**
 * The floor the reader's first load is measured against: React, ReactDOM, the data
 * router and TanStack Query rendering one line, built by the same Vite in the same run.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';

const queryClient = new QueryClient();

function Line() {
  const { data } = useQuery({ queryKey: ['line'], queryFn: async () => 'The Odessa Journal' });
  return <p>{data ?? '…'}</p>;
}

const router = createBrowserRouter([{ path: '*', Component: Line }]);

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
);
