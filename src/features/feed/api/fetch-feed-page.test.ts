import { delay, http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { FeedError } from './feed-error';
import { FEED_TIMEOUT_MS, fetchFeedPage, MAX_FEED_BYTES } from './fetch-feed-page';

const URL = 'https://feeds.example/journal/feed.json';

const validFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'The Odessa Journal',
  items: [{ id: '1', title: 'Port reopens', content_html: '<p><a href="/port">Port</a></p>' }],
};

async function failureOf(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchFeedPage', () => {
  it('fetches, parses and normalises a page, asking for JSON Feed', async () => {
    let accept: string | null = null;
    server.use(
      http.get(URL, ({ request }) => {
        accept = request.headers.get('Accept');
        return HttpResponse.json(validFeed, {
          headers: { 'Content-Type': 'application/feed+json' },
        });
      }),
    );
    const page = await fetchFeedPage(URL);
    expect(accept).toBe('application/feed+json, application/json');
    expect(page.url).toBe(URL);
    expect(page.meta.title).toBe('The Odessa Journal');
    expect(page.articles.map((article) => article.title)).toEqual(['Port reopens']);
    // Relative links resolve against where the page came from.
    expect(page.articles[0]?.contentHtml).toBe(
      '<p><a href="https://feeds.example/port">Port</a></p>',
    );
  });

  it('accepts a body with a byte-order mark and a leading newline', async () => {
    server.use(http.get(URL, () => new HttpResponse(`\ufeff\n${JSON.stringify(validFeed)}`)));
    expect((await fetchFeedPage(URL)).articles).toHaveLength(1);
  });

  it('reports a 404 as a permanent HTTP error', async () => {
    server.use(http.get(URL, () => new HttpResponse('Not found', { status: 404 })));
    const error = await failureOf(fetchFeedPage(URL));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.transient).toBe(false);
    expect(error.url).toBe(URL);
    expect(error.message).toBe('The feed answered with an error (HTTP 404).');
  });

  it('reports a 500 as a transient HTTP error', async () => {
    server.use(http.get(URL, () => new HttpResponse('Oops', { status: 500 })));
    const error = await failureOf(fetchFeedPage(URL));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.transient).toBe(true);
    expect(error.message).toBe('The feed answered with an error (HTTP 500).');
  });

  it('reports a network failure as transient', async () => {
    server.use(http.get(URL, () => HttpResponse.error()));
    const error = await failureOf(fetchFeedPage(URL));
    expect(error.kind).toBe('network');
    expect(error.transient).toBe(true);
    expect(error.message).toBe(
      'The feed could not be reached. Check your connection and try again.',
    );
  });

  it('reports a body that is not JSON', async () => {
    server.use(http.get(URL, () => HttpResponse.html('<!doctype html><title>Blog</title>')));
    const error = await failureOf(fetchFeedPage(URL));
    expect(error.kind).toBe('not-json');
    expect(error.message).toBe('The feed is not valid JSON.');
  });

  it('reports a truncated body as not JSON', async () => {
    const text = JSON.stringify(validFeed);
    server.use(http.get(URL, () => new HttpResponse(text.slice(0, text.length / 2))));
    expect((await failureOf(fetchFeedPage(URL))).kind).toBe('not-json');
  });

  it('reports JSON that is not a JSON Feed', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ rss: { version: '2.0' } })));
    const error = await failureOf(fetchFeedPage(URL));
    expect(error.kind).toBe('not-feed');
    expect(error.message).toBe('This address does not serve a JSON Feed.');
  });

  it('refuses a body declared larger than 20 MB without reading it', async () => {
    server.use(
      http.get(
        URL,
        () =>
          new HttpResponse(JSON.stringify(validFeed), {
            headers: { 'Content-Length': String(MAX_FEED_BYTES + 1) },
          }),
      ),
    );
    const error = await failureOf(fetchFeedPage(URL));
    expect(error.kind).toBe('too-large');
    expect(error.transient).toBe(false);
  });

  it('stops reading a body that grows past 20 MB without declaring its length', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
        if (sent > 25) controller.close();
      },
    });
    server.use(http.get(URL, () => new HttpResponse(stream)));
    expect((await failureOf(fetchFeedPage(URL))).kind).toBe('too-large');
    // It gave up soon after the limit rather than reading everything.
    expect(sent).toBeLessThanOrEqual(23);
  });

  it('gives up after 15 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      server.use(
        http.get(URL, async () => {
          await delay('infinite');
          return HttpResponse.json(validFeed);
        }),
      );
      const pending = failureOf(fetchFeedPage(URL));
      await vi.advanceTimersByTimeAsync(FEED_TIMEOUT_MS);
      const error = await pending;
      expect(error.kind).toBe('timeout');
      expect(error.transient).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("passes the caller's abort through as an abort, not a feed error", async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json(validFeed);
      }),
    );
    const controller = new AbortController();
    const pending = fetchFeedPage(URL, controller.signal);
    controller.abort();
    await expect(pending).rejects.toSatisfy(
      (error: unknown) => !(error instanceof FeedError) && (error as Error).name === 'AbortError',
    );
  });

  it('logs skipped items as one warning per page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.use(
      http.get(URL, () =>
        HttpResponse.json({
          ...validFeed,
          items: [...validFeed.items, { title: 'no id' }, 'junk'],
        }),
      ),
    );
    const page = await fetchFeedPage(URL);
    expect(page.articles).toHaveLength(1);
    expect(page.warnings).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('Item 2 was skipped');
  });
});
