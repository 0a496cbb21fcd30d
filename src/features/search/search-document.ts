import type { Article } from '../feed/model';

/**
 * What the index holds of an article: plain strings only, so a batch of them can be
 * posted to a worker as is (an Article computes its body text and links lazily, and
 * posting one would compute and copy its whole HTML too).
 */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  body: string;
  section: string;
  sectionSlug: string;
  authors: string;
  tags: string;
}

export function toSearchDocument(article: Article): SearchDocument {
  return {
    id: article.id,
    title: article.title,
    summary: article.summary,
    body: article.bodyText,
    section: article.section.name,
    sectionSlug: article.section.slug,
    authors: article.authors.map((author) => author.name).join(' '),
    tags: article.tags.join(' '),
  };
}
