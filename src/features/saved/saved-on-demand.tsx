import { lazy, Suspense } from 'react';
import type { Article } from '../feed/model';
import type { SavedArticle } from './api/saved-articles';

/*
 * Saving is for article pages and /saved only, so its code (IndexedDB, the toggle) loads on
 * demand and stays out of Main's first-load JavaScript. The service worker precaches the
 * chunk, so it loads offline too.
 */

let toggleModule: Promise<typeof import('./components/save-toggle')> | undefined;
const loadToggle = () => (toggleModule ??= import('./components/save-toggle'));

const LazySaveToggle = lazy(() => loadToggle().then((module) => ({ default: module.SaveToggle })));

/** Starts loading the toggle's code, e.g. from the article loader, so it is there at render. */
export function preloadSaveToggle(): void {
  void loadToggle().catch(() => undefined);
}

/** "Save article", once its code is in; a same-height placeholder until then. */
export function SaveToggleOnDemand({ article }: { article: Article }) {
  return (
    <Suspense fallback={<div className="min-h-11" />}>
      <LazySaveToggle article={article} />
    </Suspense>
  );
}

/** The saved copy of an article, or null (also when the saved-articles code cannot load). */
export async function findSavedArticle(slug: string): Promise<SavedArticle | null> {
  try {
    const { getSavedArticle } = await import('./api/saved-articles');
    return await getSavedArticle(slug);
  } catch {
    return null;
  }
}
