import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { PageHandle } from './prefetch-on-intent';
import { PageSkeleton } from '../components/skeletons';
import { MainRoute, mainLoader } from './routes/main';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

/**
 * A page in a chunk of its own: `lazy` loads it when a reader goes there, and
 * `handle.prefetch` earlier, when a reader points at or focuses a link to it (see
 * prefetch-on-intent.ts). `warm` starts what the page needs besides its own code.
 */
function lazyPage<Module>(
  load: () => Promise<Module>,
  toRoute: (module: Module) => Pick<RouteObject, 'loader' | 'Component'>,
  warm?: (module: Module) => void,
): Pick<RouteObject, 'lazy' | 'handle'> {
  const handle: PageHandle = {
    prefetch: async () => {
      const module = await load();
      warm?.(module);
    },
  };
  return { lazy: async () => toRoute(await load()), handle };
}

/**
 * The reader's routes (contract §2). Loaders fill the query cache; pages read it.
 * Main is in the first-load bundle; every other page is its own chunk, loaded with its
 * data when a reader goes there, and prefetched when a reader shows the intent to.
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
              ...lazyPage(
                () => import('./routes/section'),
                (module) => ({
                  loader: module.sectionLoader(queryClient),
                  Component: module.SectionRoute,
                }),
              ),
            },
            {
              path: 'article/:slug',
              ...lazyPage(
                () => import('./routes/article'),
                (module) => ({
                  loader: module.articleLoader(queryClient),
                  Component: module.ArticleRoute,
                }),
                (module) => module.preloadArticleCode(),
              ),
            },
            {
              path: 'author/:slug',
              ...lazyPage(
                () => import('./routes/author'),
                (module) => ({
                  loader: module.authorLoader(queryClient),
                  Component: module.AuthorRoute,
                }),
              ),
            },
            {
              path: 'search',
              ...lazyPage(
                () => import('./routes/search'),
                (module) => ({
                  loader: module.searchLoader(queryClient),
                  Component: module.SearchRoute,
                }),
              ),
            },
            {
              path: 'saved',
              // Saved articles live in their own chunk: Main's first load does not carry them.
              ...lazyPage(
                () => import('./routes/saved'),
                (module) => ({
                  loader: module.savedLoader(queryClient),
                  Component: module.SavedRoute,
                }),
              ),
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}
