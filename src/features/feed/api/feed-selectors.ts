/**
 * Pure views over the loaded pages. Each is one pass (or one sort); memoising them is the
 * caller's job (e.g. useMemo over `pages`).
 */
import type { Article, Author, FeedMeta, FeedPage, Section } from '../model';

export interface Feed {
  meta: FeedMeta;
  articles: Article[];
  sections: Section[];
  warnings: string[];
}

const EMPTY_META: FeedMeta = { title: 'Untitled feed', description: '', sections: [] };

/** Newest first; undated articles last, in the order they were served. */
function byNewest(a: Article, b: Article): number {
  if (a.datePublished === b.datePublished) return 0;
  if (a.datePublished === undefined) return 1;
  if (b.datePublished === undefined) return -1;
  // ISO 8601 UTC strings of four-digit years sort as text.
  return a.datePublished < b.datePublished ? 1 : -1;
}

/**
 * The feed as the reader shows it: meta from the first page, articles from all pages
 * (first occurrence of an id wins) newest first, and sections in navigation order — the
 * feed's `_journal.sections` first, then any other section in order of first appearance.
 */
export function selectFeed(pages: readonly FeedPage[]): Feed {
  const meta = pages[0]?.meta ?? EMPTY_META;
  const seenIds = new Set<string>();
  const articles: Article[] = [];
  const warnings: string[] = [];
  const sections: Section[] = [...meta.sections];
  const seenSections = new Set(sections.map((section) => section.slug));

  for (const page of pages) {
    warnings.push(...page.warnings);
    for (const article of page.articles) {
      if (seenIds.has(article.id)) continue;
      seenIds.add(article.id);
      articles.push(article);
      if (!seenSections.has(article.section.slug)) {
        seenSections.add(article.section.slug);
        sections.push(article.section);
      }
    }
  }
  // Array.prototype.sort is stable, so equal dates keep the order they were served in.
  articles.sort(byNewest);
  return { meta, articles, sections, warnings };
}

export function articlesInSection(articles: readonly Article[], sectionSlug: string): Article[] {
  return articles.filter((article) => article.section.slug === sectionSlug);
}

export function articlesByAuthor(articles: readonly Article[], authorSlug: string): Article[] {
  return articles.filter((article) => article.authors.some((author) => author.slug === authorSlug));
}

export function findArticle(articles: readonly Article[], slug: string): Article | undefined {
  return articles.find((article) => article.slug === slug);
}

export function findAuthor(articles: readonly Article[], slug: string): Author | undefined {
  for (const article of articles) {
    const author = article.authors.find((candidate) => candidate.slug === slug);
    if (author) return author;
  }
  return undefined;
}

export function findSection(sections: readonly Section[], slug: string): Section | undefined {
  return sections.find((section) => section.slug === slug);
}

function byViewsThenNewest(a: Article, b: Article): number {
  return (b.views ?? 0) - (a.views ?? 0) || byNewest(a, b);
}

/**
 * "Top articles": the featured ones, most viewed first (then newest), and then — when the
 * feed features fewer than `limit` (or nothing at all, as plain feeds do) — the most
 * recent of the others, so the rail is never needlessly short.
 */
export function topArticles(articles: readonly Article[], limit = 5): Article[] {
  const featured = articles.filter((article) => article.featured).sort(byViewsThenNewest);
  if (featured.length >= limit) return featured.slice(0, limit);
  const recent = articles
    .filter((article) => !article.featured)
    .sort(byNewest)
    .slice(0, limit - featured.length);
  return [...featured, ...recent];
}

/** Other articles of the same section, newest first. */
export function relatedArticles(
  articles: readonly Article[],
  article: Article,
  limit = 3,
): Article[] {
  return articles
    .filter((other) => other.section.slug === article.section.slug && other.id !== article.id)
    .sort(byNewest)
    .slice(0, limit);
}

const WORDS_PER_MINUTE = 220;
const CJK_CHARS_PER_MINUTE = 500;
// Chinese, Japanese and Korean are read by character, not by space-separated word.
const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD_RE = /[^\s]+/g;

/** Estimated minutes to read the body, at least 1. */
export function readingTimeMinutes(article: Article): number {
  const text = article.bodyText;
  if (!text) return 1;
  const cjk = text.match(CJK_CHAR_RE)?.length ?? 0;
  // With CJK characters removed, what is left is counted in words.
  const words =
    cjk > 0
      ? (text.replace(CJK_CHAR_RE, ' ').match(WORD_RE)?.length ?? 0)
      : (text.match(WORD_RE)?.length ?? 0);
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
