import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { shortHash } from '../../../lib/slug';
import { FeedError } from './feed-error';
import { MAX_FEED_PAGES } from './feed-queries';
import { loadArticle, loadAuthor, loadFeed, loadSection } from './load-feed';

interface PageSpec {
  items: { id: string; title: string; author?: string; section?: string }[];
  next?: string;
  sections?: { slug: string; name: string }[];
}

/**
 * Serves `feed.json`, `feed-2.json`… from the specs (by file name) and counts the
 * requests per file, so the tests can tell how far each walk went.
 */
function serveFeed(pages: Record<string, PageSpec | number>) {
  const requests: string[] = [];
  server.use(
    http.get(/\/(feed(?:-\d+)?\.json)$/, ({ request }) => {
      const file = new URL(request.url).pathname.split('/').pop() ?? '';
      requests.push(file);
      const spec = pages[file];
      if (spec === undefined) return new HttpResponse('missing', { status: 404 });
      if (typeof spec === 'number') return new HttpResponse('error', { status: spec });
      return HttpResponse.json({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'The Odessa Journal',
        ...(spec.next ? { next_url: spec.next } : {}),
        ...(spec.sections ? { _journal: { sections: spec.sections } } : {}),
        items: spec.items.map((item) => ({
          id: item.id,
          title: item.title,
          ...(item.author ? { authors: [{ name: item.author }] } : {}),
          ...(item.section ? { _journal: { section: item.section } } : {}),
        })),
      });
    }),
  );
  return requests;
}

function item(id: string, extra: Partial<PageSpec['items'][number]> = {}) {
  return { id, title: `Story ${id}`, ...extra };
}

let queryClient: QueryClient;

beforeEach(() => {
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

afterEach(() => {
  queryClient.clear();
});

describe('loadFeed', () => {
  it('loads the first page once and then serves it from the cache', async () => {
    const requests = serveFeed({ 'feed.json': { items: [item('1')], next: 'feed-2.json' } });
    const first = await loadFeed(queryClient);
    const again = await loadFeed(queryClient);
    expect(first.pages).toHaveLength(1);
    expect(again).toBe(first);
    expect(requests).toEqual(['feed.json']);
  });
});

describe('loadArticle', () => {
  it('walks to the page that holds the article, and no further', async () => {
    const requests = serveFeed({
      'feed.json': { items: [item('1')], next: 'feed-2.json' },
      'feed-2.json': { items: [item('2')], next: 'feed-3.json' },
      'feed-3.json': { items: [item('3', { title: 'Deep story' })], next: 'feed-4.json' },
      'feed-4.json': { items: [item('4')] },
    });
    const article = await loadArticle(queryClient, `deep-story-${shortHash('3')}`);
    expect(article?.title).toBe('Deep story');
    expect(requests).toEqual(['feed.json', 'feed-2.json', 'feed-3.json']);
  });

  it('does not fetch anything more when the article is on a loaded page', async () => {
    const requests = serveFeed({ 'feed.json': { items: [item('1')], next: 'feed-2.json' } });
    const [page] = (await loadFeed(queryClient)).pages;
    const article = await loadArticle(queryClient, page?.articles[0]?.slug ?? '');
    expect(article?.id).toBe('1');
    expect(requests).toEqual(['feed.json']);
  });

  it('returns null after the last page', async () => {
    const requests = serveFeed({
      'feed.json': { items: [item('1')], next: 'feed-2.json' },
      'feed-2.json': { items: [item('2')] },
    });
    expect(await loadArticle(queryClient, 'no-such-story-abcdef')).toBeNull();
    expect(requests).toEqual(['feed.json', 'feed-2.json']);
  });

  it('ends a next_url loop after each page was fetched once', async () => {
    const requests = serveFeed({
      'feed.json': { items: [item('1')], next: 'feed-2.json' },
      'feed-2.json': { items: [item('2')], next: 'feed.json' },
    });
    expect(await loadArticle(queryClient, 'no-such-story-abcdef')).toBeNull();
    expect(requests).toEqual(['feed.json', 'feed-2.json']);
  });

  it('ends at a page that links to itself', async () => {
    const requests = serveFeed({ 'feed.json': { items: [item('1')], next: 'feed.json' } });
    expect(await loadArticle(queryClient, 'no-such-story-abcdef')).toBeNull();
    expect(requests).toEqual(['feed.json']);
  });

  it(`stops an endless feed after ${MAX_FEED_PAGES} pages`, async () => {
    const pages: Record<string, PageSpec> = {
      'feed.json': { items: [item('1')], next: 'feed-2.json' },
    };
    for (let n = 2; n <= MAX_FEED_PAGES + 10; n += 1) {
      pages[`feed-${n}.json`] = { items: [item(String(n))], next: `feed-${n + 1}.json` };
    }
    const requests = serveFeed(pages);
    expect(await loadArticle(queryClient, 'no-such-story-abcdef')).toBeNull();
    expect(requests).toHaveLength(MAX_FEED_PAGES);
  });

  it('rejects with the feed error of a page that fails', async () => {
    serveFeed({
      'feed.json': { items: [item('1')], next: 'feed-2.json' },
      'feed-2.json': 404,
    });
    const failure = loadArticle(queryClient, 'no-such-story-abcdef');
    await expect(failure).rejects.toBeInstanceOf(FeedError);
    await expect(failure).rejects.toMatchObject({ kind: 'http', status: 404 });
  });
});

describe('loadAuthor', () => {
  it('walks until the author has an article', async () => {
    const requests = serveFeed({
      'feed.json': { items: [item('1', { author: 'Olena Hrytsenko' })], next: 'feed-2.json' },
      'feed-2.json': { items: [item('2', { author: 'Taras Bondar' })], next: 'feed-3.json' },
      'feed-3.json': { items: [item('3')] },
    });
    expect(await loadAuthor(queryClient, 'taras-bondar')).toEqual({
      slug: 'taras-bondar',
      name: 'Taras Bondar',
    });
    expect(requests).toEqual(['feed.json', 'feed-2.json']);
  });

  it('returns null for an unknown author', async () => {
    serveFeed({ 'feed.json': { items: [item('1', { author: 'Olena Hrytsenko' })] } });
    expect(await loadAuthor(queryClient, 'nobody')).toBeNull();
  });
});

describe('loadSection', () => {
  it('finds a declared section without walking, even with no article in it', async () => {
    const requests = serveFeed({
      'feed.json': {
        items: [item('1', { section: 'War' })],
        next: 'feed-2.json',
        sections: [
          { slug: 'war', name: 'War' },
          { slug: 'culture', name: 'Culture' },
        ],
      },
    });
    expect(await loadSection(queryClient, 'culture')).toEqual({ slug: 'culture', name: 'Culture' });
    expect(requests).toEqual(['feed.json']);
  });

  it('walks until an article uses the section', async () => {
    serveFeed({
      'feed.json': { items: [item('1', { section: 'War' })], next: 'feed-2.json' },
      'feed-2.json': { items: [item('2', { section: 'Odesa Life' })] },
    });
    expect(await loadSection(queryClient, 'odesa-life')).toEqual({
      slug: 'odesa-life',
      name: 'Odesa Life',
    });
    expect(await loadSection(queryClient, 'sport')).toBeNull();
  });
});
