import type { FeedPage } from '../model';
import { FeedError } from './feed-error';
import { normalizeFeed } from './normalize-feed';

export const FEED_TIMEOUT_MS = 15_000;
export const MAX_FEED_BYTES = 20 * 1024 * 1024;
const MAX_LOGGED_WARNINGS = 5;

interface Deadline {
  signal: AbortSignal;
  timedOut: () => boolean;
  clear: () => void;
}

/** The caller's signal combined with our own timeout, on browsers old and new. */
function withDeadline(signal: AbortSignal | undefined, ms: number): Deadline {
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort(new DOMException('The feed did not answer in time.', 'TimeoutError'));
  }, ms);
  const clear = () => clearTimeout(timer);
  const timedOut = () => timeout.signal.aborted;
  if (!signal) return { signal: timeout.signal, timedOut, clear };
  if (typeof AbortSignal.any === 'function') {
    return { signal: AbortSignal.any([signal, timeout.signal]), timedOut, clear };
  }
  // Without AbortSignal.any, forward the caller's abort by hand.
  const forward = () => timeout.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener('abort', forward, { once: true });
  return {
    signal: timeout.signal,
    timedOut: () => timeout.signal.aborted && !signal.aborted,
    clear: () => {
      clear();
      signal.removeEventListener('abort', forward);
    },
  };
}

/** Lets the connection go without reading a body we will not use. */
function discard(response: Response): void {
  // Not awaited: some implementations settle the cancellation only once the stream ends.
  void response.body?.cancel().catch(() => undefined);
}

/** The body as text, refusing to hold more than MAX_FEED_BYTES in memory. */
async function readBody(response: Response, url: string): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > MAX_FEED_BYTES) {
    discard(response);
    throw new FeedError('too-large', url);
  }
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > MAX_FEED_BYTES) throw new FeedError('too-large', url);
    return text;
  }
  // Counting while streaming also catches a server that sends no (or a false) length.
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw new FeedError('too-large', url);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function absolute(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    return url;
  }
}

/**
 * Fetches and normalises one page of the feed. The only place that calls fetch for it.
 * @throws FeedError for every failure except the caller's own abort, which is rethrown
 * as is so that the query layer treats it as a cancellation.
 */
export async function fetchFeedPage(url: string, signal?: AbortSignal): Promise<FeedPage> {
  const requested = absolute(url);
  const deadline = withDeadline(signal, FEED_TIMEOUT_MS);
  let page: FeedPage;
  try {
    let response: Response;
    try {
      response = await fetch(requested, {
        headers: { Accept: 'application/feed+json, application/json' },
        signal: deadline.signal,
      });
    } catch (error) {
      throw failure(error, requested, deadline, signal);
    }
    if (!response.ok) {
      discard(response);
      throw new FeedError('http', requested, { status: response.status });
    }
    let text: string;
    try {
      text = await readBody(response, requested);
    } catch (error) {
      throw failure(error, requested, deadline, signal);
    }
    let json: unknown;
    try {
      // A byte-order mark is legal in a file and fatal to JSON.parse.
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw new FeedError('not-json', requested, { cause: error });
    }
    // Relative links in the page resolve against where it really came from (redirects).
    page = normalizeFeed(json, response.url || requested);
  } finally {
    deadline.clear();
  }
  if (page.warnings.length > 0) {
    const shown = page.warnings.slice(0, MAX_LOGGED_WARNINGS).join(' ');
    const more = page.warnings.length - MAX_LOGGED_WARNINGS;
    console.warn(
      `Feed page ${page.url}: ${page.warnings.length} note(s). ${shown}${more > 0 ? ` (and ${more} more)` : ''}`,
    );
  }
  return page;
}

function failure(
  error: unknown,
  url: string,
  deadline: Deadline,
  signal: AbortSignal | undefined,
): unknown {
  if (error instanceof FeedError) return error;
  if (signal?.aborted) return error;
  if (deadline.timedOut()) return new FeedError('timeout', url, { cause: error });
  return new FeedError('network', url, { cause: error });
}
