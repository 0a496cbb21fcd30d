import {
  defaultRangeExtractor,
  useWindowVirtualizer,
  type Range,
  type VirtualItem,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import { useLocation } from 'react-router';
import { ListSkeleton } from '../../../components/skeletons';
import type { Article } from '../../feed/model';
import { ArticleCard } from './article-card';

interface ArticleListProps {
  articles: Article[];
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
  /** Without a connection "More articles" cannot work: it waits, and says why. */
  offline?: boolean;
  /** Off where the whole list is one section, so the label would only repeat the page. */
  showSection?: boolean;
  /** Why the last "More articles" failed; the list stays, with a way to try again. */
  loadMoreError?: Error | null;
}

/** Rows kept in the page beyond the viewport, above and below it. */
const OVERSCAN = 6;

/**
 * A row's height before it is measured: the average card (a few lines of text, a
 * picture in about half of them) at phone and at wider widths.
 */
function estimateRowHeight(): number {
  return window.innerWidth < 640 ? 230 : 175;
}

/**
 * The row's exact height, not rounded to whole pixels: rows stack at their measured
 * offsets, so a list of short rows lines up exactly as it would in normal flow.
 */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined): number {
  return entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
}

/**
 * Row heights measured in each list the reader left, by history entry, so that going
 * back lays the list out as it was and the restored scroll position shows the same rows.
 */
const leftLists = new Map<string, { width: number; rows: VirtualItem[] }>();
const LEFT_LISTS_KEPT = 10;

function rememberList(key: string, rows: VirtualItem[]) {
  leftLists.delete(key);
  leftLists.set(key, { width: window.innerWidth, rows });
  for (const old of leftLists.keys()) {
    if (leftLists.size <= LEFT_LISTS_KEPT) break;
    leftLists.delete(old);
  }
}

function rememberedRows(key: string): VirtualItem[] | undefined {
  const kept = leftLists.get(key);
  return kept && kept.width === window.innerWidth ? kept.rows : undefined;
}

/**
 * Newest-first list with "More articles": the button loads the next feed page, and so
 * does reaching the end of the list (the sentinel below it scrolls into view).
 *
 * Only the rows around the viewport are in the page (the window scrolls, the list keeps
 * its full height), so a section of thousands of articles stays light. Each row says
 * where it is in the list (aria-posinset, aria-setsize), and the row holding the focus
 * stays in the page, with its neighbours, however far the list scrolls.
 */
export function ArticleList(props: ArticleListProps) {
  // One list per history entry, even where the route stays (War → Culture): each is laid
  // out, and kept when left, with the heights of its own rows.
  const historyKey = useLocation().key;
  return <HistoryEntryList key={historyKey} historyKey={historyKey} {...props} />;
}

function HistoryEntryList({
  historyKey,
  articles,
  hasMore,
  isLoadingMore,
  onLoadMore,
  emptyText,
  offline = false,
  showSection = true,
  loadMoreError = null,
}: ArticleListProps & { historyKey: string }) {
  const sentinel = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After a failure only the reader's "Try again" loads more: the sentinel staying in view
  // must not turn a broken page into an endless series of requests.
  const failed = loadMoreError !== null && !isLoadingMore;
  const canLoad = hasMore && !isLoadingMore && !offline && !failed;

  // Where the list starts in the document, for the virtualizer's arithmetic.
  const [scrollMargin, setScrollMargin] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [initialRows] = useState(() => rememberedRows(historyKey));

  const focusedIndex = useMemo(
    () => (focusedId === null ? -1 : articles.findIndex((article) => article.id === focusedId)),
    [articles, focusedId],
  );
  const getItemKey = useCallback((index: number) => articles[index]?.id ?? index, [articles]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex < 0 || focusedIndex >= range.count) return indexes;
      // The focused row, and the ones Tab and Shift+Tab go to from it.
      const kept = new Set(indexes);
      for (const index of [focusedIndex - 1, focusedIndex, focusedIndex + 1]) {
        if (index >= 0 && index < range.count) kept.add(index);
      }
      return kept.size === indexes.length ? indexes : [...kept].sort((a, b) => a - b);
    },
    [focusedIndex],
  );

  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: articles.length,
    estimateSize: estimateRowHeight,
    measureElement: measureRow,
    getItemKey,
    rangeExtractor,
    overscan: OVERSCAN,
    scrollMargin,
    initialMeasurementsCache: initialRows,
  });

  const rows = virtualizer.getVirtualItems();
  const firstShown = rows[0]?.index;
  const lastShown = rows.at(-1)?.index;
  // Measured again whenever other rows come into view: what is above the list (a heading
  // that wraps, a banner) may have moved it. Until then a stale value only shifts which
  // rows are kept by a few pixels, well within the overscan.
  useLayoutEffect(() => {
    const node = list.current;
    if (!node) return;
    const top = node.getBoundingClientRect().top + window.scrollY;
    setScrollMargin((previous) => (Math.abs(previous - top) < 0.5 ? previous : top));
  }, [firstShown, lastShown, articles.length]);

  // Taken when the list leaves the page, with the articles it showed.
  useEffect(
    () => () => rememberList(historyKey, virtualizer.takeSnapshot()),
    [historyKey, virtualizer],
  );

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !canLoad) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [canLoad, onLoadMore]);

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const index = Number(event.target.closest('li')?.dataset.index);
    const article = articles[index];
    if (article) setFocusedId(article.id);
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    // Focus that leaves for nowhere (another window, the page itself) comes back to the
    // same row: it stays kept until the focus moves to something else.
    const next = event.relatedTarget;
    if (next && !event.currentTarget.contains(next)) setFocusedId(null);
  };

  const setSize = hasMore ? -1 : articles.length;
  const lastIndex = articles.length - 1;

  return (
    <div>
      {articles.length === 0 && !hasMore ? (
        <p className="py-8 text-zinc-600 dark:text-zinc-400">{emptyText}</p>
      ) : (
        <ul
          ref={list}
          // On paper the rows in the page follow each other, without the gap of the rest.
          className="relative print:h-auto!"
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {rows.map((row) => {
            const article = articles[row.index]!;
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                aria-posinset={row.index + 1}
                aria-setsize={setSize}
                className={`absolute inset-x-0 pb-6 print:static ${row.index === 0 ? '' : 'pt-6'} ${
                  row.index === lastIndex ? '' : 'border-b border-zinc-200 dark:border-zinc-800'
                }`}
                style={{ top: row.start - scrollMargin }}
              >
                <ArticleCard
                  article={article}
                  variant="row"
                  headingLevel={2}
                  showSection={showSection}
                />
              </li>
            );
          })}
        </ul>
      )}
      {isLoadingMore && (
        <div className="pt-6">
          <ListSkeleton rows={2} />
        </div>
      )}
      <div ref={sentinel} />
      {failed ? (
        <div
          role="alert"
          className="mt-8 rounded-xl border border-red-200 bg-red-50 p-5 text-red-950 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
        >
          <p>More articles could not be loaded. {loadMoreError.message}</p>
          <button
            type="button"
            onClick={onLoadMore}
            disabled={offline}
            className="mt-4 inline-flex min-h-11 items-center rounded-full bg-red-900 px-5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-200 dark:text-red-950 dark:hover:bg-white"
          >
            Try again
          </button>
        </div>
      ) : (
        hasMore && (
          <div className="mt-8 flex flex-col items-center gap-2">
            <button
              type="button"
              onClick={onLoadMore}
              disabled={isLoadingMore || offline}
              className="inline-flex min-h-11 items-center rounded-full bg-zinc-900 px-6 text-sm font-semibold text-white transition hover:bg-zinc-700 disabled:opacity-60 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
            >
              {isLoadingMore ? 'Loading…' : 'More articles'}
            </button>
            {offline && (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Connect to load more articles
              </p>
            )}
          </div>
        )
      )}
    </div>
  );
}
