import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { FeedError } from '../features/feed/api/feed-error';
import { feedPagesQuery } from '../features/feed/api/feed-queries';
import { createQueryClient } from './query-client';

const A = 'https://feeds.example/a.json';

describe('the feed retry policy of the query client', () => {
  const { retry, retryDelay } = createQueryClient().getQueryDefaults(feedPagesQuery(A).queryKey);
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
      const client = createQueryClient();
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
    const client = createQueryClient();
    await expect(client.infiniteQuery(feedPagesQuery(A))).rejects.toMatchObject({
      kind: 'http',
      status: 404,
    });
    expect(requests).toBe(1);
    client.clear();
  });
});
