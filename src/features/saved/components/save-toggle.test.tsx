import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { normalizeFeed } from '../../feed/api/normalize-feed';
import { databases } from '../../offline/cache-names';
import { getSavedArticle } from '../api/saved-articles';
import { SaveToggle } from './save-toggle';

const [story] = normalizeFeed(
  {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Journal',
    items: [{ id: '7', title: 'Grain corridor reopens', content_html: '<p>Ships sail again.</p>' }],
  },
  'https://journal.example/feed.json',
).articles;

afterEach(() => clear(createStore(databases.saved.name, databases.saved.store)));

function renderToggle() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <SaveToggle article={story!} />
    </QueryClientProvider>,
  );
  // Done when nothing is in flight: no update lands after the test.
  const settled = () =>
    waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));
  return { user: userEvent.setup(), settled };
}

describe('SaveToggle', () => {
  it('saves the article on this device and removes it again', async () => {
    const { user, settled } = renderToggle();
    const button = screen.getByRole('button', { name: 'Save article' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveTextContent('Save');

    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveTextContent('Saved');
    expect(
      await screen.findByText('Saved on this device: it reads offline too.'),
    ).toBeInTheDocument();
    expect((await getSavedArticle(story!.slug))?.article.title).toBe('Grain corridor reopens');

    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await settled();
    expect(await getSavedArticle(story!.slug)).toBeNull();
  });

  it('shows an article saved earlier as saved', async () => {
    const { saveArticle } = await import('../api/saved-articles');
    await saveArticle(story!);
    const { settled } = renderToggle();
    const button = screen.getByRole('button', { name: 'Save article' });
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    expect(button).toHaveTextContent('Saved');
    await settled();
  });
});
