import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import type { FeedPage } from '../model';
import { FeedError } from './feed-error';
import { feedKeys, feedPagesQuery, MAX_FEED_PAGES } from './feed-queries';

const A = 'https://feeds.example/a.json';
const B = 'https://feeds.example/b.json';
const C = 'https://feeds.example/c.json';

function page(url: string, nextUrl?: string): FeedPage {
  return {
    url,
    meta: { title: 'T', description: '', sections: [] },
    articles: [],
    warnings: [],
    ...(nextUrl ? { nextUrl } : {}),
  };
}

function nextParam(pages: FeedPage[], params: string[] = pages.map((p) => p.url)) {
  const options = feedPagesQuery(A);
  const last = pages.at(-1);
  if (!last) throw new Error('no pages');
  return options.getNextPageParam(last, pages, params.at(-1) ?? A, params);
}

describe('feedKeys', () => {
  it('nests page keys under the feed prefix', () => {
    expect(feedKeys.pages(A)).toEqual(['feed', 'pages', A]);
    expect(feedKeys.pages(A).slice(0, 1)).toEqual(feedKeys.all);
  });
});

describe('feedPagesQuery', () => {
  it('starts at the URL it is given', () => {
    const options = feedPagesQuery(A);
    expect(options.initialPageParam).toBe(A);
    expect(options.queryKey).toEqual(feedKeys.pages(A));
  });

  describe('getNextPageParam', () => {
    it('follows next_url', () => {
      expect(nextParam([page(A, B)])).toBe(B);
    });

    it('stops when there is no next_url', () => {
      expect(nextParam([page(A)])).toBeUndefined();
    });

    it('stops at a page that links to itself', () => {
      expect(nextParam([page(A, A)])).toBeUndefined();
    });

    it('stops when pages link in a cycle (A → B → A)', () => {
      expect(nextParam([page(A, B), page(B, A)])).toBeUndefined();
    });

    it('stops at a longer cycle back to a middle page (A → B → C → B)', () => {
      expect(nextParam([page(A, B), page(B, C), page(C, B)])).toBeUndefined();
    });

    it('recognises the first URL even when the first page was served from elsewhere', () => {
      // The first page was redirected: its `url` differs from the URL that was asked for.
      expect(
        nextParam([page('https://cdn.example/a.json', B), page(B, A)], [A, B]),
      ).toBeUndefined();
    });

    it(`stops after ${MAX_FEED_PAGES} pages`, () => {
      const pages = Array.from({ length: MAX_FEED_PAGES }, (_, index) =>
        page(`https://feeds.example/${index}.json`, `https://feeds.example/${index + 1}.json`),
      );
      expect(nextParam(pages.slice(0, MAX_FEED_PAGES - 1))).toBe(
        `https://feeds.example/${MAX_FEED_PAGES - 1}.json`,
      );
      expect(nextParam(pages)).toBeUndefined();
    });
  });

  describe('retry policy', () => {
    const { retry, retryDelay } = feedPagesQuery(A);
    const shouldRetry = retry as (failureCount: number, error: unknown) => boolean;
    const delayFor = retryDelay as (failureCount: number, error: unknown) => number;

    it.each([
      ['network', undefined],
      ['timeout', undefined],
      ['http', 500],
      ['http', 503],
      ['http', 408],
      ['http', 429],
    ] as const)('retries transient failures (%s %s) three times', (kind, status) => {
      const error = new FeedError(kind, A, status === undefined ? {} : { status });
      expect([0, 1, 2, 3].map((count) => shouldRetry(count, error))).toEqual([
        true,
        true,
        true,
        false,
      ]);
    });

    it.each([
      ['http', 404],
      ['http', 410],
      ['not-json', undefined],
      ['not-feed', undefined],
      ['too-large', undefined],
    ] as const)('never retries permanent failures (%s %s)', (kind, status) => {
      const error = new FeedError(kind, A, status === undefined ? {} : { status });
      expect(shouldRetry(0, error)).toBe(false);
    });

    it('never retries errors that are not feed errors', () => {
      expect(shouldRetry(0, new TypeError('bug'))).toBe(false);
    });

    it('backs off exponentially: 1 s, 2 s, 4 s, at most 8 s', () => {
      const error = new FeedError('network', A);
      expect([0, 1, 2, 3, 4, 10].map((count) => delayFor(count, error))).toEqual([
        1000, 2000, 4000, 8000, 8000, 8000,
      ]);
    });

    it('retries a transient server error through the query client', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        let requests = 0;
        server.use(
          http.get(A, () => {
            requests += 1;
            return requests < 3
              ? new HttpResponse('busy', { status: 503 })
              : HttpResponse.json({ version: 'https://jsonfeed.org/version/1.1', items: [] });
          }),
        );
        const client = new QueryClient();
        const pending = client.infiniteQuery(feedPagesQuery(A));
        await vi.advanceTimersByTimeAsync(1000 + 2000);
        const data = await pending;
        expect(requests).toBe(3);
        expect(data.pages).toHaveLength(1);
        client.clear();
      } finally {
        vi.useRealTimers();
      }
    });

    it('gives up at once on a permanent error', async () => {
      let requests = 0;
      server.use(
        http.get(A, () => {
          requests += 1;
          return new HttpResponse('gone', { status: 404 });
        }),
      );
      const client = new QueryClient();
      await expect(client.infiniteQuery(feedPagesQuery(A))).rejects.toMatchObject({
        kind: 'http',
        status: 404,
      });
      expect(requests).toBe(1);
      client.clear();
    });
  });
});
