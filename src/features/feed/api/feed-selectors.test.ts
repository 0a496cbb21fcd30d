import type { Article, FeedPage, Section } from '../model';
import {
  articlesByAuthor,
  articlesInSection,
  findArticle,
  findAuthor,
  findSection,
  readingTimeMinutes,
  relatedArticles,
  selectFeed,
  topArticles,
} from './feed-selectors';

const war: Section = { slug: 'war', name: 'War' };
const culture: Section = { slug: 'culture', name: 'Culture' };
const odesa: Section = { slug: 'odesa', name: 'Odesa' };

function article(id: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    slug: `story-${id}`,
    title: `Story ${id}`,
    summary: '',
    bodyText: '',
    authors: [{ slug: 'olena', name: 'Olena' }],
    section: war,
    tags: [],
    featured: false,
    attachments: [],
    ...extra,
  };
}

function page(articles: Article[], extra: Partial<FeedPage> = {}): FeedPage {
  return {
    url: 'https://x.example/feed.json',
    meta: { title: 'The Odessa Journal', description: 'News', sections: [] },
    articles,
    warnings: [],
    ...extra,
  };
}

describe('selectFeed', () => {
  it('takes meta from the first page and warnings from all', () => {
    const feed = selectFeed([
      page([], { warnings: ['one'] }),
      page([], { meta: { title: 'Other', description: '', sections: [] }, warnings: ['two'] }),
    ]);
    expect(feed.meta.title).toBe('The Odessa Journal');
    expect(feed.warnings).toEqual(['one', 'two']);
  });

  it('deduplicates articles by id, first occurrence winning', () => {
    const feed = selectFeed([
      page([article('1', { title: 'First' })]),
      page([article('1', { title: 'Duplicate' }), article('2')]),
    ]);
    expect(feed.articles.map((a) => a.title)).toEqual(['First', 'Story 2']);
  });

  it('sorts newest first, undated last in served order', () => {
    const feed = selectFeed([
      page([
        article('undated-a'),
        article('old', { datePublished: '2020-01-01T00:00:00.000Z' }),
        article('new', { datePublished: '2026-09-28T16:15:00.000Z' }),
      ]),
      page([article('undated-b'), article('mid', { datePublished: '2024-07-03T00:00:00.000Z' })]),
    ]);
    expect(feed.articles.map((a) => a.id)).toEqual(['new', 'mid', 'old', 'undated-a', 'undated-b']);
  });

  it('lists declared sections first, then others in order of first appearance', () => {
    const declared = page([article('1', { section: odesa }), article('2', { section: culture })], {
      meta: { title: 'T', description: '', sections: [war] },
    });
    const feed = selectFeed([
      declared,
      page([article('3', { section: war }), article('4', { section: odesa })]),
    ]);
    expect(feed.sections).toEqual([war, odesa, culture]);
  });

  it('copes with no pages', () => {
    expect(selectFeed([])).toEqual({
      meta: { title: 'Untitled feed', description: '', sections: [] },
      articles: [],
      sections: [],
      warnings: [],
    });
  });
});

describe('finders and filters', () => {
  const a1 = article('1', { section: culture, authors: [{ slug: 'taras', name: 'Taras' }] });
  const a2 = article('2');
  const articles = [a1, a2];

  it('filters by section and by author', () => {
    expect(articlesInSection(articles, 'culture')).toEqual([a1]);
    expect(articlesByAuthor(articles, 'olena')).toEqual([a2]);
  });

  it('finds articles, authors and sections by slug', () => {
    expect(findArticle(articles, 'story-2')).toBe(a2);
    expect(findArticle(articles, 'nope')).toBeUndefined();
    expect(findAuthor(articles, 'taras')).toEqual({ slug: 'taras', name: 'Taras' });
    expect(findAuthor(articles, 'nobody')).toBeUndefined();
    expect(findSection([war, culture], 'culture')).toBe(culture);
  });
});

describe('topArticles', () => {
  it('ranks featured articles by views, then by date', () => {
    const articles = [
      article('plain', { views: 9999, datePublished: '2026-01-05T00:00:00.000Z' }),
      article('f-low', { featured: true, views: 10, datePublished: '2026-01-04T00:00:00.000Z' }),
      article('f-high', { featured: true, views: 500, datePublished: '2026-01-01T00:00:00.000Z' }),
      article('f-tie-new', {
        featured: true,
        views: 10,
        datePublished: '2026-01-06T00:00:00.000Z',
      }),
    ];
    expect(topArticles(articles, 3).map((a) => a.id)).toEqual(['f-high', 'f-tie-new', 'f-low']);
  });

  it('fills a short rail with the most recent other articles', () => {
    const articles = [
      article('old', { datePublished: '2026-01-01T00:00:00.000Z', views: 9999 }),
      article('new', { datePublished: '2026-01-09T00:00:00.000Z' }),
      article('mid', { datePublished: '2026-01-05T00:00:00.000Z' }),
      article('featured', { featured: true, datePublished: '2025-12-01T00:00:00.000Z' }),
    ];
    expect(topArticles(articles, 3).map((a) => a.id)).toEqual(['featured', 'new', 'mid']);
  });

  it('falls back to the most recent articles when nothing is featured', () => {
    const articles = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      article(String(n), { datePublished: `2026-01-0${n}T00:00:00.000Z` }),
    );
    expect(topArticles(articles, 3).map((a) => a.id)).toEqual(['7', '6', '5']);
  });
});

describe('relatedArticles', () => {
  it('gives other articles of the same section, newest first', () => {
    const self = article('self', { datePublished: '2026-01-03T00:00:00.000Z' });
    const articles = [
      self,
      article('older', { datePublished: '2026-01-01T00:00:00.000Z' }),
      article('newer', { datePublished: '2026-01-05T00:00:00.000Z' }),
      article('other-section', { section: culture, datePublished: '2026-01-09T00:00:00.000Z' }),
    ];
    expect(relatedArticles(articles, self).map((a) => a.id)).toEqual(['newer', 'older']);
    expect(relatedArticles(articles, self, 1).map((a) => a.id)).toEqual(['newer']);
  });
});

describe('readingTimeMinutes', () => {
  it('counts 220 words a minute, at least one minute', () => {
    expect(readingTimeMinutes(article('a', { bodyText: '' }))).toBe(1);
    expect(readingTimeMinutes(article('a', { bodyText: 'word '.repeat(100) }))).toBe(1);
    expect(readingTimeMinutes(article('a', { bodyText: 'word '.repeat(1100) }))).toBe(5);
  });

  it('counts Chinese and Japanese by character', () => {
    expect(readingTimeMinutes(article('a', { bodyText: '字'.repeat(1500) }))).toBe(3);
    expect(
      readingTimeMinutes(article('a', { bodyText: `${'字'.repeat(1000)} ${'word '.repeat(440)}` })),
    ).toBe(4);
  });
});
