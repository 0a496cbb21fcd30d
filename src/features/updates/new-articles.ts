import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { feedPagesQuery } from '../feed/api/feed-queries';
import type { Article } from '../feed/model';

export interface NewArticlesSplit {
  /** What the page shows: the articles it knew, and any older ones that turned up since. */
  shown: Article[];
  /** Articles of the feed's first page that the page has not shown yet. */
  fresh: Article[];
}

/**
 * Holds back what a refresh brought in at the top of the feed, so the page never changes
 * under the reader's eyes; articles from further pages are older and pass through.
 */
export function splitNewArticles(
  articles: readonly Article[],
  knownIds: ReadonlySet<string>,
  latestIds: ReadonlySet<string>,
): NewArticlesSplit {
  const shown: Article[] = [];
  const fresh: Article[] = [];
  for (const article of articles) {
    if (!knownIds.has(article.id) && latestIds.has(article.id)) fresh.push(article);
    else shown.push(article);
  }
  return { shown, fresh };
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Main's view of the feed while it refreshes in the background (on focus, on reconnect):
 * the articles known when the page mounted stay as they are, and new ones wait behind
 * `reveal()`, which shows them and takes the reader to the top.
 */
export function useNewArticles(articles: readonly Article[]) {
  const [knownIds, setKnownIds] = useState<ReadonlySet<string>>(
    () => new Set(articles.map((article) => article.id)),
  );
  const { data } = useInfiniteQuery(feedPagesQuery());
  const firstPage = data?.pages[0];
  const latestIds = useMemo(
    () => (firstPage ? new Set(firstPage.articles.map((article) => article.id)) : NO_IDS),
    [firstPage],
  );
  const { shown, fresh } = useMemo(
    () => splitNewArticles(articles, knownIds, latestIds),
    [articles, knownIds, latestIds],
  );

  const reveal = useCallback(() => {
    setKnownIds(new Set(articles.map((article) => article.id)));
    window.scrollTo({ top: 0 });
    // The button goes away; the reader lands on the page's heading.
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [articles]);

  return { articles: shown, newCount: fresh.length, reveal };
}
