import { Link } from 'react-router';
import { SectionLabel } from '../../../components/section-label';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';
import type { Article } from '../../feed/model';
import { ArticleImage } from './article-image';

export function LeadStory({ article }: { article: Article }) {
  const image = article.bannerImage ?? article.image;
  return (
    <article className="group">
      {image && (
        <Link to={paths.article(article.slug)} tabIndex={-1} aria-hidden="true">
          <ArticleImage src={image} priority className="rounded-xl" />
        </Link>
      )}
      <div className="mt-5 space-y-3">
        <SectionLabel section={article.section} />
        <h2 className="font-serif text-3xl leading-tight font-bold tracking-tight text-zinc-950 sm:text-4xl lg:text-[2.75rem] dark:text-white">
          <Link
            to={paths.article(article.slug)}
            className="decoration-accent/60 decoration-2 underline-offset-4 hover:underline dark:decoration-accent-soft/70"
          >
            {article.title}
          </Link>
        </h2>
        {article.summary && (
          <p className="max-w-3xl font-serif text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
            {article.summary}
          </p>
        )}
        <p className="flex flex-wrap gap-x-3 text-sm text-zinc-500 dark:text-zinc-400">
          {article.authors[0] && (
            <span className="font-medium text-zinc-700 dark:text-zinc-300">
              {article.authors[0].name}
            </span>
          )}
          {article.datePublished && (
            <time dateTime={article.datePublished}>{formatDate(article.datePublished)}</time>
          )}
        </p>
      </div>
    </article>
  );
}
