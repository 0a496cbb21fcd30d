import type { SearchDocument } from './search-document';
import { ArticleIndex } from './search-index';

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return {
    id,
    title: '',
    summary: '',
    body: '',
    section: 'News',
    sectionSlug: 'news',
    authors: '',
    tags: '',
    ...fields,
  };
}

const documents: SearchDocument[] = [
  doc('body-only', {
    title: 'Harbour workers return after the storm',
    body: 'Cranes at the grain terminal were idle for a day. Grain exports resume on Monday.',
    section: 'Business',
    sectionSlug: 'business',
  }),
  doc('in-title', {
    title: 'Grain corridor talks resume in Istanbul',
    summary: 'Negotiators met again.',
    section: 'Diplomacy',
    sectionSlug: 'diplomacy',
    authors: 'Chloe Marston',
    tags: 'Black Sea, Trade',
  }),
  doc('cyrillic', {
    title: 'Learning Ukrainian in Odesa',
    body: 'The teacher writes «Одеса» and «пам’ять» on the board. Students find ґ hard.',
    section: 'Society',
    sectionSlug: 'society',
  }),
  doc('markup', {
    title: 'Exploit <img src=x onerror=alert(1)> in a headline',
    section: 'Culture',
    sectionSlug: 'culture',
  }),
];

function ids(index: ArticleIndex, query: string, section?: string) {
  return index.search({ query, section, limit: 20 }).hits.map((hit) => hit.id);
}

describe('ArticleIndex', () => {
  let index: ArticleIndex;
  beforeEach(() => {
    index = new ArticleIndex();
    index.add(documents);
  });

  it('ranks an article with the words in its headline above one with them in the body', () => {
    expect(ids(index, 'grain')).toEqual(['in-title', 'body-only']);
  });

  it('matches all words of a query, wherever in the article they are', () => {
    // "Marston" is the author, "corridor" is in the title.
    expect(ids(index, 'marston corridor')).toEqual(['in-title']);
    expect(ids(index, 'grain istanbul')).toEqual(['in-title']);
    expect(ids(index, 'grain teacher')).toEqual([]);
  });

  it('finds words by their beginning', () => {
    expect(ids(index, 'ukrain')).toEqual(['cyrillic']);
    expect(ids(index, 'negotiat')).toEqual(['in-title']);
  });

  it('finds Cyrillic words whatever the case, apostrophe or letter variant', () => {
    expect(ids(index, 'одеса')).toEqual(['cyrillic']);
    expect(ids(index, 'ОДЕСА')).toEqual(['cyrillic']);
    expect(ids(index, "пам'ять")).toEqual(['cyrillic']);
    expect(ids(index, 'памʼять')).toEqual(['cyrillic']);
    expect(ids(index, 'г')).toEqual(['cyrillic']);
  });

  it('corrects a typo when the query finds nothing as typed', () => {
    const response = index.search({ query: 'corridro', limit: 20 });
    expect(response.hits.map((hit) => hit.id)).toEqual(['in-title']);
    expect(response.terms).toEqual(['corridor']);
    expect(ids(index, 'zzzqqqxxx')).toEqual([]);
  });

  it('filters by section while counting matches in every section', () => {
    const response = index.search({ query: 'grain', section: 'business', limit: 20 });
    expect(response.hits.map((hit) => hit.id)).toEqual(['body-only']);
    expect(response.total).toBe(2);
    expect(response.sections).toEqual({ business: 1, diplomacy: 1 });
  });

  it('returns at most `limit` hits but counts them all', () => {
    const response = index.search({ query: 'grain', limit: 1 });
    expect(response.hits).toHaveLength(1);
    expect(response.total).toBe(2);
  });

  it('treats markup in a title as words', () => {
    expect(ids(index, '<img src=x onerror=alert(1)>')).toEqual(['markup']);
  });

  it('answers nothing for a query of stop words or punctuation', () => {
    expect(index.search({ query: 'the of and', limit: 20 }).total).toBe(0);
    expect(index.search({ query: '«»—', limit: 20 }).total).toBe(0);
  });

  it('replaces an article added again under the same id', () => {
    index.add([doc('in-title', { title: 'Ferry service to Varna', sectionSlug: 'business' })]);
    expect(index.size).toBe(4);
    expect(ids(index, 'corridor')).toEqual([]);
    expect(ids(index, 'varna')).toEqual(['in-title']);
  });

  it('adds articles to a growing index without losing earlier ones', () => {
    index.add([doc('later', { title: 'Grain prices rise' })]);
    expect(index.size).toBe(5);
    expect(ids(index, 'grain')).toHaveLength(3);
  });

  it('suggests the articles with the words in the headline first', () => {
    const response = index.suggest('gra', 5);
    expect(response.hits.map((hit) => hit.id)).toEqual(['in-title', 'body-only']);
    expect(index.suggest('gra', 1).hits).toHaveLength(1);
    expect(index.suggest('corridro', 5).hits.map((hit) => hit.id)).toEqual(['in-title']);
  });
});
