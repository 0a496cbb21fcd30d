import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { PageSkeleton } from '../components/skeletons';
import { ArticleRoute, articleLoader } from './routes/article';
import { AuthorRoute, authorLoader } from './routes/author';
import { MainRoute, mainLoader } from './routes/main';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { SearchRoute, searchLoader } from './routes/search';
import { SectionRoute, sectionLoader } from './routes/section';

/** The reader's routes (contract §2). Loaders fill the query cache; pages read it. */
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
            { path: 'section/:slug', loader: sectionLoader(queryClient), Component: SectionRoute },
            { path: 'article/:slug', loader: articleLoader(queryClient), Component: ArticleRoute },
            { path: 'author/:slug', loader: authorLoader(queryClient), Component: AuthorRoute },
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
