import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
} from '@tanstack/react-query-persist-client';
import { clear, createStore } from 'idb-keyval';
import { feedKeys } from '../feed/api/feed-queries';
import { savedKeys } from '../saved/api/saved-queries';
import { databases } from './cache-names';
import { createPersistOptions, MAX_PERSISTED_PAGES, PERSIST_MAX_AGE_MS } from './query-persistence';

const FEED = feedKeys.pages('https://journal.example/feed.json');
const pages = {
  pages: [{ url: 'https://journal.example/feed.json', articles: [{ id: '1', title: 'Kept' }] }],
  pageParams: ['https://journal.example/feed.json'],
};

afterEach(() => clear(createStore(databases.queryCache.name, databases.queryCache.store)));

async function persistFrom(buster: string) {
  const client = new QueryClient();
  client.setQueryData(FEED, pages);
  client.setQueryData(savedKeys.lists(), [{ savedAt: 'x' }]);
  await persistQueryClientSave({ queryClient: client, ...createPersistOptions(buster) });
}

describe('query cache persistence', () => {
  it('brings the feed pages back on the next visit of the same build', async () => {
    await persistFrom('build-1');
    const next = new QueryClient();
    await persistQueryClientRestore({ queryClient: next, ...createPersistOptions('build-1') });
    expect(next.getQueryData(FEED)).toEqual(pages);
    // Saved articles have their own store; the query cache does not copy them.
    expect(next.getQueryData(savedKeys.lists())).toBeUndefined();
  });

  it('drops what an older build persisted', async () => {
    await persistFrom('build-1');
    const next = new QueryClient();
    await persistQueryClientRestore({ queryClient: next, ...createPersistOptions('build-2') });
    expect(next.getQueryData(FEED)).toBeUndefined();
  });

  it('drops a snapshot older than a week', async () => {
    await persistFrom('build-1');
    const later = Date.now() + PERSIST_MAX_AGE_MS + 1000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    const next = new QueryClient();
    await persistQueryClientRestore({ queryClient: next, ...createPersistOptions('build-1') });
    expect(next.getQueryData(FEED)).toBeUndefined();
  });

  it('keeps only successful feed queries', async () => {
    const client = new QueryClient();
    await client
      .fetchQuery({
        queryKey: [...feedKeys.all, 'broken'],
        queryFn: () => Promise.reject(new Error('x')),
        retry: false,
      })
      .catch(() => undefined);
    client.setQueryData(FEED, pages);
    const options = createPersistOptions('build-1');
    const dehydrated = client
      .getQueryCache()
      .getAll()
      .filter((query) => options.dehydrateOptions?.shouldDehydrateQuery?.(query));
    expect(dehydrated.map((query) => query.queryKey)).toEqual([FEED]);
  });

  it('keeps only the first pages of a long walk', async () => {
    const many = Array.from(
      { length: 12 },
      (_, index) => `https://journal.example/feed-${index}.json`,
    );
    const client = new QueryClient();
    client.setQueryData(FEED, {
      pages: many.map((url) => ({ url, articles: [] })),
      pageParams: many,
    });
    await persistQueryClientSave({ queryClient: client, ...createPersistOptions('build-1') });
    const next = new QueryClient();
    await persistQueryClientRestore({ queryClient: next, ...createPersistOptions('build-1') });
    const restored = next.getQueryData<{ pages: unknown[]; pageParams: string[] }>(FEED);
    expect(restored?.pages).toHaveLength(MAX_PERSISTED_PAGES);
    expect(restored?.pageParams).toEqual(many.slice(0, MAX_PERSISTED_PAGES));
  });
});
