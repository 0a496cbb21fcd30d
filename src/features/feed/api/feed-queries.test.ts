import type { FeedPage } from '../model';
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
});
