import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, useLoaderData, useParams } from 'react-router';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundView } from '../../components/not-found-view';
import { PageHeading } from '../../components/page-heading';
import { SectionLabel } from '../../components/section-label';
import { APP_NAME } from '../../config/app';
import { canonicalUrl, paths } from '../../config/paths';
import { ArticleBody } from '../../features/articles/components/article-body';
import { ArticleCard } from '../../features/articles/components/article-card';
import { ArticleImage } from '../../features/articles/components/article-image';
import { SourceBox } from '../../features/articles/components/source-box';
import { TopArticles } from '../../features/articles/components/top-articles';
import {
  findArticle,
  readingTimeMinutes,
  relatedArticles,
  topArticles,
} from '../../features/feed/api/feed-selectors';
import { loadArticle } from '../../features/feed/api/load-feed';
import { useFeed } from '../../features/feed/hooks/use-feed';
import type { Article } from '../../features/feed/model';
import { useOnlineStatus } from '../../features/offline/use-online-status';
import {
  findSavedArticle,
  preloadSaveToggle,
  SaveToggleOnDemand,
} from '../../features/saved/saved-on-demand';
import { ShareGroup } from '../../features/share/components/share-group';
import { formatDate, formatReadingTime, formatViews } from '../../lib/format';
import { loadSanitizer } from '../../lib/load-sanitizer';
import { truncateAtWord } from '../../lib/text';
import { safeUrl, WEB_ONLY } from '../../lib/url-policy';
import { usePageMeta } from '../../lib/use-page-meta';
import { notFound } from './route-error';

interface ArticleLoaderData {
  /** The copy saved on this device, when the feed could not provide the article. */
  saved: Article | null;
}

/**
 * The article from the feed; else the copy saved on this device, when the feed lacks it
 * (it left the feed's pages) or cannot be read. Offline, a saved copy answers at once: the
 * feed walk could only wait for the network.
 */
async function loadArticleOrSaved(
  queryClient: QueryClient,
  slug: string,
): Promise<ArticleLoaderData | null> {
  const saved = findSavedArticle(slug);
  if (!navigator.onLine) {
    const copy = await saved;
    if (copy) return { saved: copy.article };
  }
  let article: Article | null;
  try {
    article = await loadArticle(queryClient, slug);
  } catch (error) {
    const copy = await saved;
    if (copy) return { saved: copy.article };
    throw error;
  }
  if (article) return { saved: null };
  const copy = await saved;
  return copy ? { saved: copy.article } : null;
}

/** Starts loading the code an article page needs besides its own: sanitiser, save toggle. */
export function preloadArticleCode(): void {
  preloadSaveToggle();
  // A failure here is the loader's to report, when the reader opens the article.
  void loadSanitizer().catch(() => undefined);
}

export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<ArticleLoaderData> => {
    // The sanitiser (and the save toggle) load alongside the feed, so the page never waits for them.
    preloadSaveToggle();
    const [found] = await Promise.all([
      loadArticleOrSaved(queryClient, params.slug ?? ''),
      loadSanitizer(),
    ]);
    if (!found) throw notFound('article');
    return found;
  };
}

function articleDescription(article: Article): string | undefined {
  if (article.summary) return article.summary;
  return truncateAtWord(article.bodyText, 160) || undefined;
}

/** schema.org NewsArticle: how search engines and share previews read the page. */
function newsArticleJsonLd(article: Article, publisher: string, description?: string) {
  const image = article.bannerImage ?? article.image;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    mainEntityOfPage: canonicalUrl(paths.article(article.slug)),
    ...(image && { image: [image] }),
    ...(article.datePublished && { datePublished: article.datePublished }),
    ...(article.dateModified && { dateModified: article.dateModified }),
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.url && { url: author.url }),
    })),
    articleSection: article.section.name,
    ...(article.tags.length > 0 && { keywords: article.tags.join(', ') }),
    publisher: { '@type': 'Organization', name: publisher },
  };
}

/** The hero picture, unless the body already opens with the same image. */
function heroImage(article: Article): string | undefined {
  const image = article.bannerImage ?? article.image;
  if (!image || article.contentHtml?.includes(image)) return undefined;
  return image;
}

export function ArticleRoute() {
  const { slug = '' } = useParams();
  const loaderData = useLoaderData<ArticleLoaderData | undefined>();
  const online = useOnlineStatus();
  // Without the feed (a saved article read offline) the page shows the article alone.
  const { feed } = useFeed();
  const articles = feed?.articles ?? [];
  const article = findArticle(articles, slug) ?? loaderData?.saved ?? undefined;
  const siteName = feed?.meta.title ?? APP_NAME;
  const description = article ? articleDescription(article) : undefined;
  usePageMeta({
    title: article?.title,
    siteName,
    description,
    image: article && (article.bannerImage ?? article.image),
    type: 'article',
    jsonLd: article && newsArticleJsonLd(article, siteName, description),
  });
  if (!article) return <NotFoundView title="Article not found" />;

  const url = canonicalUrl(paths.article(article.slug));
  const hero = heroImage(article);
  // Checked again at render, like every link and picture from the feed.
  const externalUrl = safeUrl(article.externalUrl, undefined, WEB_ONLY);
  const related = relatedArticles(articles, article, 3);
  const author = article.authors[0];

  return (
    <div className="grid gap-12 lg:grid-cols-12">
      <div className="min-w-0 lg:col-span-8">
        <Breadcrumb
          items={[
            { label: 'Main', to: paths.home() },
            { label: article.section.name, to: paths.section(article.section.slug) },
            { label: article.title },
          ]}
        />
        <article lang={article.language} className="mt-6">
          <header>
            <SectionLabel section={article.section} size="sm" />
            <PageHeading className="mt-3 text-3xl leading-tight sm:text-[2.75rem] sm:leading-[1.12]">
              {article.title}
            </PageHeading>
            {article.summary && (
              <p className="mt-4 font-serif text-xl leading-relaxed text-zinc-700 dark:text-zinc-300">
                {article.summary}
              </p>
            )}
            <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-y border-zinc-200 py-3 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              {article.authors.length > 0 && (
                <p>
                  By{' '}
                  {article.authors.map((item, index) => (
                    <span key={item.slug}>
                      {index > 0 && ', '}
                      <Link
                        to={paths.author(item.slug)}
                        className="font-semibold text-zinc-900 hover:underline dark:text-zinc-100"
                      >
                        {item.name}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
              {article.datePublished && (
                <time dateTime={article.datePublished}>{formatDate(article.datePublished)}</time>
              )}
              <span>{formatReadingTime(readingTimeMinutes(article))}</span>
              {article.views !== undefined && <span>{formatViews(article.views)}</span>}
            </div>
            <div className="mt-4 space-y-3">
              <ShareGroup url={url} title={article.title} />
              {!online && (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  Sharing to other services needs a connection; “Copy link” works offline.
                </p>
              )}
              <SaveToggleOnDemand article={article} />
            </div>
          </header>
          {hero && (
            <figure className="mt-8">
              <ArticleImage src={hero} priority className="rounded-xl" />
            </figure>
          )}
          <div className="mt-8">
            <ArticleBody article={article} />
          </div>
          {externalUrl && (
            <p className="mt-6 text-sm">
              <a
                href={externalUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="font-semibold text-accent hover:underline dark:text-accent-soft"
              >
                Read the linked article at its source
              </a>
            </p>
          )}
          {article.tags.length > 0 && (
            <ul className="mt-8 flex flex-wrap gap-2" aria-label="Tags">
              {article.tags.map((tag) => (
                <li
                  key={tag}
                  className="rounded-full bg-zinc-100 px-3 py-1 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
                >
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </article>
        {author && (
          <div className="mt-10">
            <SourceBox author={author} />
          </div>
        )}
        {related.length > 0 && (
          <section
            aria-labelledby="related-heading"
            className="mt-12 border-t-2 border-zinc-950 pt-4 dark:border-zinc-200"
          >
            <h2
              id="related-heading"
              className="font-serif text-2xl font-bold text-zinc-950 dark:text-white"
            >
              More in {article.section.name}
            </h2>
            <ul className="mt-6 grid gap-8 sm:grid-cols-3">
              {related.map((item) => (
                <li key={item.id}>
                  <ArticleCard article={item} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="lg:col-span-4">
        <div className="lg:sticky lg:top-6">
          <TopArticles
            articles={topArticles(articles, 5).filter((item) => item.id !== article.id)}
          />
        </div>
      </div>
    </div>
  );
}
