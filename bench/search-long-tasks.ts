import type { Page } from 'playwright-core';
import { generateFeedPages } from '../mocks/data/generator.ts';

/**
 * How long the page's main thread is blocked while a reader types a search over a large
 * corpus: the feed is replaced by generated pages (50 pages of 1,000 articles, the walk's
 * bound), the search page walks and indexes all of them, and then a query is typed into
 * the header search. Long tasks (> 50 ms) are recorded with a PerformanceObserver.
 * Used by the end-to-end spec (tests/e2e/search.spec.ts) and by `npm run bench`.
 */

export const LONG_TASK_ARTICLES = 50_000;
export const LONG_TASK_PAGE_SIZE = 1_000;
/** What the reader types, one key at a time. */
export const LONG_TASK_QUERY = 'grain corridor';
const KEY_DELAY_MS = 90;

export interface LongTaskMeasurement {
  articles: number;
  /** From opening /search to every page walked and indexed. */
  walkAndIndexMs: number;
  /** The longest task while the pages were fetched, normalised and indexed (not search alone). */
  longestWhileLoadingMs: number;
  /** The longest task while the query was typed and suggestions came. */
  longestWhileTypingMs: number;
  /** The longest task from pressing Enter to the results on screen. */
  longestWhileShowingResultsMs: number;
  /** Where the index ended up. */
  mode: string;
}

/** The generated feed pages as response bodies, by file name. */
export function generatedFeedBodies(
  count = LONG_TASK_ARTICLES,
  pageSize = LONG_TASK_PAGE_SIZE,
): Map<string, string> {
  const pages = generateFeedPages({ seed: 50_000, count, pageSize });
  return new Map(pages.map((page) => [page.fileName, JSON.stringify(page.feed)]));
}

/** Serves the generated pages in place of the app's own feed files. */
export async function serveGeneratedFeed(page: Page, bodies: Map<string, string>): Promise<void> {
  await page.route('**/feed*.json', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = bodies.get(name);
    if (body === undefined) await route.fulfill({ status: 404, body: 'Not found' });
    else await route.fulfill({ status: 200, contentType: 'application/feed+json', body });
  });
}

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

async function longestSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(window.__longTasks ?? [])
          .filter((task) => task.start + task.duration >= from)
          .map((task) => task.duration),
      ),
    since,
  );
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

/**
 * Runs the measurement in a page whose feed is already routed to the generated pages
 * (see `serveGeneratedFeed`) and whose base URL serves the production build.
 */
export async function measureTypingLongTasks(
  page: Page,
  { articles = LONG_TASK_ARTICLES, timeoutMs = 240_000 } = {},
): Promise<LongTaskMeasurement> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });

  const started = Date.now();
  await page.goto('/search?q=odesa');
  const status = page.locator('main [role="status"]');
  await status.filter({ hasText: /results? for “odesa”/ }).waitFor({ timeout: timeoutMs });
  const walkAndIndexMs = Date.now() - started;
  const longestWhileLoadingMs = await longestSince(page, 0);
  const mode = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((entry) =>
      entry.name.includes('search.worker'),
    )
      ? 'worker'
      : 'main-thread',
  );

  // Let the tail of indexing settle, so that typing is measured on its own.
  await page.waitForTimeout(500);
  const field = page.getByRole('searchbox', { name: 'Search' });
  await field.click();
  await field.fill('');
  const typingFrom = await pageNow(page);
  await field.pressSequentially(LONG_TASK_QUERY, { delay: KEY_DELAY_MS });
  await page.getByRole('listbox', { name: 'Suggestions' }).waitFor();
  await page.waitForTimeout(300);
  const longestWhileTypingMs = await longestSince(page, typingFrom);

  const resultsFrom = await pageNow(page);
  await field.press('Enter');
  await status
    .filter({ hasText: new RegExp(`results? for “${LONG_TASK_QUERY}”`) })
    .waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const longestWhileShowingResultsMs = await longestSince(page, resultsFrom);

  return {
    articles,
    walkAndIndexMs,
    longestWhileLoadingMs,
    longestWhileTypingMs,
    longestWhileShowingResultsMs,
    mode,
  };
}
