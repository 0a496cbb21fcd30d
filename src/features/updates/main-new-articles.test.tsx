import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { buildFeedPages } from '../../../mocks/data/feed-pages';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../../tests/render';
import { feedKeys } from '../feed/api/feed-queries';

const BREAKING = 'Ceasefire talks resume in Istanbul';

/** The built-in first page with one more article on top, dated after everything else. */
function firstPageWithBreakingNews() {
  const first = buildFeedPages()[0]!.feed;
  const items = first.items;
  const item = {
    ...items[0],
    id: 'breaking-1',
    url: 'https://odessa-journal.com/breaking-1',
    title: BREAKING,
    date_published: '2099-01-01T08:00:00Z',
    _journal: { section: 'Diplomacy', views: 1, featured: true },
  };
  return { ...first, items: [item, ...items] };
}

describe('Main, when a background refresh brings new articles', () => {
  it('keeps the page still, offers "1 new article", and shows it on demand', async () => {
    const view = renderRoute('/');
    const main = await screen.findByRole('main');
    const leadBefore = (await within(main).findAllByRole('heading', { level: 2 }))[0]!.textContent;
    expect(within(main).queryByRole('button', { name: /new article/ })).not.toBeInTheDocument();

    server.use(http.get('*/feed.json', () => HttpResponse.json(firstPageWithBreakingNews())));
    // What a refetch on focus or on reconnect does.
    await act(() => view.queryClient.refetchQueries({ queryKey: feedKeys.all }));

    const button = await within(main).findByRole('button', { name: '1 new article' });
    expect(within(main).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(leadBefore!);
    expect(within(main).queryByText(BREAKING)).not.toBeInTheDocument();

    await view.user.click(button);
    // The new lead story (and, being featured, a Top article too).
    await waitFor(() =>
      expect(within(main).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(BREAKING),
    );
    expect(within(main).queryByRole('button', { name: /new article/ })).not.toBeInTheDocument();
    await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
  });
});
