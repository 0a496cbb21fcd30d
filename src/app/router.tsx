import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { PageSkeleton } from '../components/skeletons';
import { MainRoute, mainLoader } from './routes/main';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { SearchRoute, searchLoader } from './routes/search';

/**
 * The reader's routes (contract §2). Loaders fill the query cache; pages read it.
 * Main is in the first-load bundle; every other page is its own chunk, loaded with its
 * data when a reader goes there (and prefetched when a link to it comes into view).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback: PageSkeleton,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, loader: mainLoader(queryClient), Component: MainRoute },
            {
              path: 'section/:slug',
              lazy: async () => {
                const { sectionLoader, SectionRoute } = await import('./routes/section');
                return { loader: sectionLoader(queryClient), Component: SectionRoute };
              },
            },
            {
              path: 'article/:slug',
              lazy: async () => {
                const { articleLoader, ArticleRoute } = await import('./routes/article');
                return { loader: articleLoader(queryClient), Component: ArticleRoute };
              },
            },
            {
              path: 'author/:slug',
              lazy: async () => {
                const { authorLoader, AuthorRoute } = await import('./routes/author');
                return { loader: authorLoader(queryClient), Component: AuthorRoute };
              },
            },
            { path: 'search', loader: searchLoader(queryClient), Component: SearchRoute },
            {
              path: 'saved',
              // Saved articles live in their own chunk: Main's first load does not carry them.
              lazy: async () => {
                const { savedLoader, SavedRoute } = await import('./routes/saved');
                return { loader: savedLoader(queryClient), Component: SavedRoute };
              },
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}
