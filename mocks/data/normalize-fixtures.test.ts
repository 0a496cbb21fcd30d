import { normalizeFeed } from '../../src/features/feed/api/normalize-feed.ts';
import { buildFeedPages, type FeedPageFile } from './feed-pages.ts';
import { hugeFeedPages } from '../scenarios.ts';
import { generateFeedPages } from './generator.ts';

// The reader's own boundary accepts everything the mock publication serves, untouched.

function expectReadCleanly(pages: FeedPageFile[]) {
  pages.forEach(({ fileName, feed }, index) => {
    const fetchedUrl = `http://localhost/${fileName}`;
    const page = normalizeFeed(feed, fetchedUrl);
    expect(page.warnings, fileName).toEqual([]);
    expect(page.articles.map((article) => article.id)).toEqual(feed.items.map((item) => item.id));
    const next = pages[index + 1];
    expect(page.nextUrl).toBe(next ? `http://localhost/${next.fileName}` : undefined);
    feed.items.forEach((item, position) => {
      const article = page.articles[position];
      expect(article?.title).toBe(item.title);
      expect(article?.section.name).toBe(item._journal?.section);
      expect(article?.views).toBe(item._journal?.views);
      expect(article?.featured).toBe(item._journal?.featured === true);
      expect(article?.datePublished).toBe(new Date(item.date_published ?? '').toISOString());
      if (item.image) expect(article?.image).toBe(`http://localhost/${item.image}`);
    });
  });
}

describe('normalizeFeed on the mock publication', () => {
  it('keeps every fixture item with no warnings', () => {
    expectReadCleanly(buildFeedPages());
  });

  it.each([1, 2, 3].flatMap((seed) => [10, 500].map((count) => [seed, count] as const)))(
    'keeps every generated item with no warnings (seed %i, %i items)',
    (seed, count) => {
      expectReadCleanly(generateFeedPages({ seed, count, pageSize: 50 }));
    },
  );

  it.each([
    [7, 0, 24],
    [8, 1, 24],
    [9, 99, 7],
    [0xdeadbeef, 240, 24],
  ])(
    'keeps every generated item with no warnings (seed %i, %i items, pages of %i)',
    (seed, count, pageSize) => {
      expectReadCleanly(generateFeedPages({ seed, count, pageSize }));
    },
  );

  it('keeps all 10 000 items of the huge scenario, on all 100 pages, with no warnings', () => {
    const pages = hugeFeedPages();
    expect(pages).toHaveLength(100);
    expectReadCleanly(pages);
  });
});
