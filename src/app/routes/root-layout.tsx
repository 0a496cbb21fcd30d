import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { SiteFooter } from '../../components/site-footer';
import { SiteHeader } from '../../components/site-header';
import { SkipLink } from '../../components/skip-link';
import { APP_NAME } from '../../config/app';
import { useFeed } from '../../features/feed/hooks/use-feed';
import { InstallButton } from '../../features/offline/components/install-button';
import { OfflineNote } from '../../features/offline/components/offline-note';
import { UpdatePromptWhenIdle } from '../../features/offline/components/update-prompt-when-idle';
import { SavedLink } from '../../features/saved/components/saved-link';
import { SearchBox } from '../../features/search/components/search-box';
import { useFocusOnNavigation } from '../../lib/use-focus-on-navigation';

export function RootLayout() {
  const { feed } = useFeed();
  const navigation = useNavigation();
  useFocusOnNavigation();

  const title = feed?.meta.title ?? APP_NAME;
  const tagline = feed?.meta.description ?? '';
  const sections = feed?.sections ?? [];

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      {navigation.state === 'loading' && (
        <div
          className="fixed inset-x-0 top-0 z-50 h-0.5 animate-pulse bg-accent dark:bg-accent-soft"
          aria-hidden="true"
        />
      )}
      <SiteHeader
        title={title}
        tagline={tagline}
        sections={sections}
        search={<SearchBox />}
        actions={
          <>
            <InstallButton />
            <SavedLink />
          </>
        }
      />
      <OfflineNote />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 outline-none sm:px-6 lg:px-8"
      >
        <Outlet />
      </main>
      <SiteFooter title={title} tagline={tagline} sections={sections} />
      <UpdatePromptWhenIdle />
      <ScrollRestoration />
    </div>
  );
}
