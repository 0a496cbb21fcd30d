import { memo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatShortDate } from '../../../lib/format';
import type { Article } from '../../feed/model';
import { ArticleImage } from './article-image';

type Variant = 'grid' | 'row' | 'compact';

interface ArticleCardProps {
  article: Article;
  variant?: Variant;
  /** Heading level that fits the card's place in the page outline. */
  headingLevel?: 2 | 3;
  showImage?: boolean;
  /** Off where the whole list is one section, so the label would only repeat the page. */
  showSection?: boolean;
}

function lede(article: Article): string {
  return article.summary || article.bodyText;
}

/* Memoised: lists re-render whenever a feed page arrives, and an
   unchanged article object needs no new card. */
export const ArticleCard = memo(function ArticleCard({
  article,
  variant = 'grid',
  headingLevel = 3,
  showImage = true,
  showSection = true,
}: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const image =
    showImage && variant !== 'compact' ? (article.image ?? article.bannerImage) : undefined;
  const title = (
    <Link
      to={paths.article(article.slug)}
      className="decoration-accent/60 decoration-2 underline-offset-4 hover:underline dark:decoration-accent-soft/70"
    >
      {article.title}
    </Link>
  );
  const kicker = showSection && (
    <p className="text-xs font-semibold tracking-wider text-accent uppercase dark:text-accent-soft">
      {article.section.name}
    </p>
  );
  const date = article.datePublished && (
    <time dateTime={article.datePublished} className="text-xs text-zinc-500 dark:text-zinc-400">
      {formatShortDate(article.datePublished)}
    </time>
  );

  if (variant === 'compact') {
    return (
      <article className="space-y-1.5">
        {kicker}
        <Heading className="font-serif text-lg leading-snug font-semibold text-zinc-950 dark:text-white">
          {title}
        </Heading>
        <p className="line-clamp-2 text-sm leading-relaxed text-zinc-600 dark:text-zinc-400">
          {lede(article)}
        </p>
      </article>
    );
  }

  if (variant === 'row') {
    return (
      <article className="flex gap-4 sm:gap-6">
        <div className="min-w-0 flex-1 space-y-2">
          {kicker}
          <Heading className="font-serif text-xl leading-snug font-semibold text-zinc-950 sm:text-2xl dark:text-white">
            {title}
          </Heading>
          <p className="line-clamp-3 text-[0.95rem] leading-relaxed text-zinc-600 dark:text-zinc-300">
            {lede(article)}
          </p>
          <p className="flex flex-wrap gap-x-3 text-xs text-zinc-500 dark:text-zinc-400">
            {date}
            {article.authors[0] && <span>{article.authors[0].name}</span>}
          </p>
        </div>
        {image && (
          <div className="w-28 shrink-0 sm:w-48">
            <ArticleImage src={image} className="rounded-lg" />
          </div>
        )}
      </article>
    );
  }

  return (
    <article className="space-y-2.5">
      {image && <ArticleImage src={image} className="mb-3 rounded-lg" />}
      {kicker}
      <Heading className="font-serif text-xl leading-snug font-semibold text-zinc-950 dark:text-white">
        {title}
      </Heading>
      <p className="line-clamp-3 text-[0.95rem] leading-relaxed text-zinc-600 dark:text-zinc-300">
        {lede(article)}
      </p>
      {date}
    </article>
  );
});
