import { NotFoundView } from '../../components/not-found-view';
import { APP_NAME } from '../../config/app';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { usePageMeta } from '../../lib/use-page-meta';

export function NotFoundRoute() {
  const { feed } = useFeed();
  usePageMeta({ title: 'Page not found', siteName: feed?.meta.title ?? APP_NAME });
  return <NotFoundView />;
}
