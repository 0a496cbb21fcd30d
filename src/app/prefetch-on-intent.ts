import { matchRoutes, type createBrowserRouter } from 'react-router';

type DataRouter = Pick<ReturnType<typeof createBrowserRouter>, 'routes' | 'basename'>;

/** What a lazily loaded page puts in its route's `handle`. */
export interface PageHandle {
  /** Loads the page's code (and what it needs besides) without showing it. */
  prefetch: () => Promise<void>;
}

function isPageHandle(handle: unknown): handle is PageHandle {
  return typeof (handle as PageHandle | undefined)?.prefetch === 'function';
}

/** Pointing at a link (mouse, pen), focusing it (keyboard) or touching it (phones). */
const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Loads a page's code as soon as the reader shows the intent to open it, so the click
 * finds it ready: a pointer over a link, keyboard focus on it, or the first touch (about
 * 100 ms before the tap ends). Each page is fetched once; a failed fetch is tried again at
 * the next intent. The pages' data is the feed already in the query cache, so only code
 * is fetched here. Returns a function that stops listening.
 */
export function prefetchOnIntent(router: DataRouter, target: Document = document): () => void {
  const done = new Set<string>();
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    const matches = matchRoutes(router.routes, link.pathname, router.basename) ?? [];
    for (const { route } of matches) {
      if (!route.id || done.has(route.id) || !isPageHandle(route.handle)) continue;
      const id = route.id;
      done.add(id);
      route.handle.prefetch().catch(() => done.delete(id));
    }
  };
  for (const type of INTENT_EVENTS) {
    target.addEventListener(type, onIntent, { capture: true, passive: true });
  }
  return () => {
    for (const type of INTENT_EVENTS) {
      target.removeEventListener(type, onIntent, { capture: true });
    }
  };
}
