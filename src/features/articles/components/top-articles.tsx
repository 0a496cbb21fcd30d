import type { Article } from '../../feed/model';
import { ArticleCard } from './article-card';

/** The "Top articles" rail: a complementary landmark on Main and on article pages. */
export function TopArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <aside
      aria-labelledby="top-articles-heading"
      className="rounded-xl bg-zinc-100/70 p-5 dark:bg-zinc-900"
    >
      <h2
        id="top-articles-heading"
        className="border-b-2 border-zinc-950 pb-2 font-serif text-lg font-bold text-zinc-950 dark:border-white dark:text-white"
      >
        Top articles
      </h2>
      <ol className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800">
        {articles.map((article, index) => (
          <li key={article.id} className="flex gap-4 py-4 first:pt-0 last:pb-0">
            <span
              aria-hidden="true"
              className="font-serif text-3xl leading-none font-bold text-zinc-300 tabular-nums dark:text-zinc-700"
            >
              {index + 1}
            </span>
            <ArticleCard article={article} variant="compact" />
          </li>
        ))}
      </ol>
    </aside>
  );
}
