import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { clear, createStore } from 'idb-keyval';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../../tests/render';
import { normalizeFeed } from '../../features/feed/api/normalize-feed';
import { databases } from '../../features/offline/cache-names';
import { listSavedArticles, saveArticle } from '../../features/saved/api/saved-articles';

// An article that the built-in feed does not have (it left the feed's pages long ago).
const [gone] = normalizeFeed(
  {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Odessa Journal',
    items: [
      {
        id: 'archived-1',
        title: 'Lighthouse keepers of the Black Sea',
        summary: 'A summer with the last keepers.',
        content_html: '<p>The lamp at Vorontsov lighthouse still turns every night.</p>',
        date_published: '2025-06-01T09:00:00Z',
        tags: ['Odesa'],
      },
    ],
  },
  'http://localhost:3000/feed.json',
).articles;

afterEach(() => clear(createStore(databases.saved.name, databases.saved.store)));

/** Waits until no load, query or mutation is under way, so nothing updates after the test. */
async function settled({ router, queryClient }: ReturnType<typeof renderRoute>) {
  await waitFor(() => {
    expect(router.state.navigation.state).toBe('idle');
    expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0);
  });
}

describe('Saved page', () => {
  it('says there is nothing saved yet', async () => {
    const view = renderRoute('/saved');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Saved articles' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No saved articles yet.')).toBeInTheDocument();
    await settled(view);
  });

  it('lists saved articles and removes one', async () => {
    await saveArticle(gone!);
    const view = renderRoute('/saved');
    const main = await screen.findByRole('main');
    const link = await within(main).findByRole('link', {
      name: 'Lighthouse keepers of the Black Sea',
    });
    expect(link).toHaveAttribute('href', `/article/${gone!.slug}`);

    await view.user.click(
      screen.getByRole('button', {
        name: 'Remove “Lighthouse keepers of the Black Sea” from saved articles',
      }),
    );
    expect(await screen.findByText('No saved articles yet.')).toBeInTheDocument();
    expect(await listSavedArticles()).toEqual([]);
    await settled(view);
  });

  it('is linked from the header', async () => {
    const view = renderRoute('/');
    const banner = await screen.findByRole('banner');
    await view.user.click(await within(banner).findByRole('link', { name: 'Saved' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Saved articles' }),
    ).toBeInTheDocument();
    await settled(view);
  });
});

describe('Article page with a saved copy', () => {
  async function expectSavedCopy() {
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lighthouse keepers of the Black Sea' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/still turns every night/)).toBeInTheDocument();
    const save = screen.getByRole('button', { name: 'Save article' });
    await waitFor(() => expect(save).toHaveAttribute('aria-pressed', 'true'));
  }

  it('reads the saved copy when the feed no longer has the article', async () => {
    await saveArticle(gone!);
    const view = renderRoute(`/article/${gone!.slug}`);
    await expectSavedCopy();
    await settled(view);
  });

  it('reads the saved copy when the feed cannot be loaded', async () => {
    server.use(http.get('*/feed.json', () => new HttpResponse('gone', { status: 404 })));
    await saveArticle(gone!);
    const view = renderRoute(`/article/${gone!.slug}`);
    await expectSavedCopy();
    await settled(view);
  });

  it('reads the saved copy at once offline, and says the reader is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    let feedRequests = 0;
    server.use(
      http.get('*/feed.json', () => {
        feedRequests += 1;
        return HttpResponse.error();
      }),
    );
    await saveArticle(gone!);
    const view = renderRoute(`/article/${gone!.slug}`);
    await expectSavedCopy();
    expect(
      screen.getByText('You are offline. Showing articles saved on this device.'),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByText(/Sharing to other services needs a connection/)).toBeInTheDocument();
    await settled(view);
    // Only the layout's own attempt: the article did not wait for a feed walk.
    expect(feedRequests).toBeLessThanOrEqual(1);
  });

  it('still says "not found" for an article neither the feed nor the device has', async () => {
    const view = renderRoute('/article/never-was-abc123');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Article not found' }),
    ).toBeInTheDocument();
    await settled(view);
  });
});
