import type { QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { ArticleCard } from '../../features/articles/components/article-card';
import { LeadStory } from '../../features/articles/components/lead-story';
import { TopArticles } from '../../features/articles/components/top-articles';
import { articlesInSection, topArticles } from '../../features/feed/api/feed-selectors';
import { loadFeed } from '../../features/feed/api/load-feed';
import { useLoadedFeed } from '../../features/feed/hooks/use-feed';
import type { Article } from '../../features/feed/model';
import { NewArticlesButton } from '../../features/updates/components/new-articles-button';
import { useNewArticles } from '../../features/updates/new-articles';
import { usePageMeta } from '../../lib/use-page-meta';

export function mainLoader(queryClient: QueryClient) {
  return async () => {
    await loadFeed(queryClient);
    return null;
  };
}

/** The lead is the newest featured story with a picture, else simply the newest. */
function pickLead(articles: Article[]): Article | undefined {
  const recent = articles.slice(0, 12);
  return (
    recent.find((article) => article.featured && (article.image || article.bannerImage)) ??
    recent.find((article) => article.featured) ??
    articles[0]
  );
}

export function MainRoute() {
  const { feed } = useLoadedFeed();
  usePageMeta({ siteName: feed.meta.title, description: feed.meta.description || undefined });
  // A background refresh never reshuffles the page: new articles wait behind a button.
  const { articles: shown, newCount, reveal } = useNewArticles(feed.articles);

  const lead = pickLead(shown);
  const top = topArticles(shown, 5);
  const latestBySection = feed.sections
    .map((section) => ({
      section,
      articles: articlesInSection(shown, section.slug)
        .filter((article) => article.id !== lead?.id)
        .slice(0, 4),
    }))
    .filter((group) => group.articles.length > 0);

  return (
    <>
      <PageHeading className="sr-only">{feed.meta.title}</PageHeading>
      <NewArticlesButton count={newCount} onReveal={reveal} />
      {!lead ? (
        <p className="py-16 text-center font-serif text-xl text-zinc-600 dark:text-zinc-400">
          There are no articles in this feed yet. Check back soon.
        </p>
      ) : (
        <div className="grid gap-10 lg:grid-cols-12">
          <div className="lg:col-span-8">
            <LeadStory article={lead} />
          </div>
          <div className="lg:col-span-4">
            <TopArticles articles={top} />
          </div>
        </div>
      )}
      {latestBySection.map(({ section, articles }) => (
        <section
          key={section.slug}
          aria-labelledby={`latest-${section.slug}`}
          className="mt-14 border-t-2 border-zinc-950 pt-4 dark:border-zinc-200"
        >
          <div className="mb-6 flex items-baseline justify-between gap-4">
            <h2
              id={`latest-${section.slug}`}
              className="font-serif text-2xl font-bold text-zinc-950 dark:text-white"
            >
              <Link to={paths.section(section.slug)} className="hover:underline">
                {section.name}
              </Link>
            </h2>
            <Link
              to={paths.section(section.slug)}
              className="text-sm font-semibold text-accent hover:underline dark:text-accent-soft"
            >
              See all<span className="sr-only"> {section.name} articles</span>{' '}
              <span aria-hidden="true">→</span>
            </Link>
          </div>
          <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-4">
            {articles.map((article, index) => (
              <li
                key={article.id}
                className={
                  index > 0 ? 'border-zinc-200 lg:border-l lg:pl-6 dark:border-zinc-800' : ''
                }
              >
                <ArticleCard article={article} showImage={index === 0} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
