import { delay, HttpResponse, type RequestHandler } from 'msw';
import { buildFeedPages, type FeedPageFile } from './data/feed-pages.ts';
import { generateFeedPages } from './data/generator.ts';
import {
  FEED_CONTENT_TYPE,
  feedHandlers,
  fixturePageResponse,
  onFeedPages,
  servePages,
} from './handlers/feed.ts';

/**
 * Named sets of MSW handlers that put the whole reader in one state: slow, failing,
 * empty… In `npm start` the one chosen with `?scenario=NAME` (or the dev panel) is
 * applied with `worker.use(...)`; a test applies one with `server.use(...)`. Each set
 * answers the feed pages only (`…/feed.json`, `…/feed-N.json`) and needs no other handler.
 */

export const scenarioNames = [
  'normal',
  'slow',
  'flaky',
  'error',
  'empty',
  'malformed',
  'huge',
  'offline',
] as const;

export type ScenarioName = (typeof scenarioNames)[number];

export const DEFAULT_SCENARIO: ScenarioName = 'normal';

export interface Scenario {
  label: string;
  /** What the reader shows under this scenario, in a sentence. */
  description: string;
  /**
   * The handlers to put in front of the defaults. Read it once per use: scenarios that
   * keep state (flaky counts requests) hand out a fresh set on every read.
   */
  readonly handlers: readonly RequestHandler[];
}

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (scenarioNames as readonly string[]).includes(value);
}

// --- slow ---------------------------------------------------------------------------

export interface SlowOptions {
  /** Shortest latency per request, in ms. */
  minMs?: number;
  /** Longest latency per request, in ms. */
  maxMs?: number;
  /** Source of randomness in [0, 1); tests pass a fixed one. */
  random?: () => number;
}

export const SLOW_MIN_MS = 2_000;
export const SLOW_MAX_MS = 5_000;

/** A latency drawn evenly from [minMs, maxMs], whatever `random` returns. */
export function slowLatencyMs({
  minMs = SLOW_MIN_MS,
  maxMs = SLOW_MAX_MS,
  random = Math.random,
}: SlowOptions = {}): number {
  if (!(minMs >= 0 && maxMs >= minMs)) {
    throw new RangeError(`Latency bounds must satisfy 0 ≤ min ≤ max, got ${minMs}–${maxMs}`);
  }
  // Clamped, so a random source that returns 1 (or worse) cannot leave the bounds.
  const share = Math.min(Math.max(random(), 0), 1);
  return Math.round(minMs + share * (maxMs - minMs));
}

/** The built-in publication, every feed request answered after a random, bounded wait. */
export function createSlowHandlers(options: SlowOptions = {}): RequestHandler[] {
  // Checked now rather than on the first request, where a mistake would surface as a 500.
  slowLatencyMs(options);
  return onFeedPages(async (fileName) => {
    await delay(slowLatencyMs(options));
    return fixturePageResponse(fileName);
  });
}

// --- flaky --------------------------------------------------------------------------

export const FLAKY_STATUS = 503;

/**
 * Every other feed request fails with 503 Service Unavailable, starting with the first:
 * the reader's retry (or "Try again") then succeeds. Each call counts on its own.
 */
export function createFlakyHandlers(): RequestHandler[] {
  let requests = 0;
  return onFeedPages((fileName) => {
    requests += 1;
    if (requests % 2 === 1) {
      return new HttpResponse('Service Unavailable', {
        status: FLAKY_STATUS,
        headers: { 'Content-Type': 'text/plain', 'Retry-After': '1' },
      });
    }
    return fixturePageResponse(fileName);
  });
}

// --- huge ---------------------------------------------------------------------------

export const HUGE_FEED = { seed: 2026, count: 10_000, pageSize: 100 } as const;

let hugePages: FeedPageFile[] | undefined;

/** The huge publication: generated on first use, then kept for the life of the page. */
export function hugeFeedPages(): FeedPageFile[] {
  hugePages ??= generateFeedPages(HUGE_FEED);
  return hugePages;
}

// --- malformed ----------------------------------------------------------------------

/** The first page as a server that dies half-way through writing it would send it. */
function truncatedFirstPage(): string {
  const text = JSON.stringify(buildFeedPages()[0]?.feed);
  return text.slice(0, Math.floor(text.length / 2));
}

// --- the list -----------------------------------------------------------------------

export const scenarios: Record<ScenarioName, Scenario> = {
  normal: {
    label: 'Normal',
    description: 'The built-in publication: 66 articles over 3 pages.',
    handlers: feedHandlers,
  },
  slow: {
    label: 'Slow',
    description: `Every feed request waits ${SLOW_MIN_MS / 1000}–${SLOW_MAX_MS / 1000} s: skeletons, then content.`,
    handlers: createSlowHandlers(),
  },
  flaky: {
    label: 'Flaky',
    description: `Every other feed request fails with HTTP ${FLAKY_STATUS}; retries recover.`,
    get handlers() {
      return createFlakyHandlers();
    },
  },
  error: {
    label: 'Server error',
    description: 'Every feed request answers HTTP 500: the error view with “Try again”.',
    handlers: onFeedPages(
      () =>
        new HttpResponse('Internal Server Error', {
          status: 500,
          headers: { 'Content-Type': 'text/plain' },
        }),
    ),
  },
  empty: {
    label: 'Empty feed',
    description: 'A valid feed with no items: the “no articles yet” message.',
    handlers: servePages(() => buildFeedPages([])),
  },
  malformed: {
    label: 'Malformed feed',
    description: 'The feed breaks off half-way and is not valid JSON: a clear error.',
    handlers: onFeedPages(
      () =>
        new HttpResponse(truncatedFirstPage(), {
          headers: { 'Content-Type': FEED_CONTENT_TYPE },
        }),
    ),
  },
  huge: {
    label: 'Huge',
    description: `${HUGE_FEED.count.toLocaleString('en')} generated articles over ${HUGE_FEED.count / HUGE_FEED.pageSize} pages.`,
    handlers: servePages(hugeFeedPages),
  },
  offline: {
    label: 'Offline',
    description: 'Every feed request fails as a network error: the “could not be reached” view.',
    handlers: onFeedPages(() => HttpResponse.error()),
  },
};
