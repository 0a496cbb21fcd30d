import { memo } from 'react';
import { Link } from 'react-router';
import { SectionLabel } from '../../../components/section-label';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';
import type { Article } from '../../feed/model';
import { excerptAround, textMatches } from '../search-text';
import { HighlightedText } from './highlighted-text';

/** The summary when it holds a matched word, else the part of the body around one. */
function excerpt(article: Article, terms: readonly string[]): string {
  if (article.summary && (textMatches(article.summary, terms) || !article.bodyText)) {
    return excerptAround(article.summary, terms, 240);
  }
  return excerptAround(article.bodyText || article.summary, terms, 240);
}

/* Memoised: the results page re-renders as every further feed page is indexed; unchanged
   results keep their items. */
export const SearchResultItem = memo(function SearchResultItem({
  article,
  terms,
}: {
  article: Article;
  terms: string[];
}) {
  return (
    <article className="space-y-2">
      <p className="flex flex-wrap items-baseline gap-x-3 text-xs">
        <SectionLabel section={article.section} />
        {article.datePublished && (
          <time dateTime={article.datePublished} className="text-zinc-500 dark:text-zinc-400">
            {formatDate(article.datePublished)}
          </time>
        )}
      </p>
      <h2 className="font-serif text-xl leading-snug font-semibold text-zinc-950 sm:text-2xl dark:text-white">
        <Link
          to={paths.article(article.slug)}
          className="decoration-accent/60 decoration-2 underline-offset-4 hover:underline dark:decoration-accent-soft/70"
        >
          <HighlightedText text={article.title} terms={terms} />
        </Link>
      </h2>
      <p className="text-[0.95rem] leading-relaxed text-zinc-600 dark:text-zinc-300">
        <HighlightedText text={excerpt(article, terms)} terms={terms} />
      </p>
    </article>
  );
});
