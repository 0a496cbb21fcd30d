import type { Article } from '../feed/model';

/** Case- and diacritic-insensitive form of a text, for matching. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(article: Article): string {
  return foldText(
    [
      article.title,
      article.summary,
      article.bodyText,
      article.section.name,
      ...article.authors.map((author) => author.name),
      ...article.tags,
    ].join('\n'),
  );
}

/** Articles that contain every word of the query, in title-first order. */
export function searchArticles(articles: Article[], query: string): Article[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { article: Article; score: number }[] = [];
  for (const article of articles) {
    const text = haystack(article);
    if (!words.every((word) => text.includes(word))) continue;
    const title = foldText(article.title);
    const score = words.filter((word) => title.includes(word)).length;
    scored.push({ article, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((entry) => entry.article);
}
