import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../../tests/render';
import { paths } from '../../config/paths';
import type { Article } from '../../features/feed/model';
import { shortHash, slugify } from '../../lib/slug';

// One article's body fails to render, the way an unforeseen input could make it fail.
vi.mock('../../features/articles/components/article-body', () => ({
  ArticleBody({ article }: { article: Article }) {
    if (article.title === 'The broken story') throw new Error('The body could not render');
    return <p>{article.contentText}</p>;
  },
}));

function feed() {
  return HttpResponse.json({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Contained Times',
    _journal: { sections: [{ slug: 'news', name: 'News' }] },
    items: [
      {
        id: 'broken',
        title: 'The broken story',
        content_text: 'Never shown.',
        date_published: '2025-01-02T10:00:00Z',
        _journal: { section: 'News' },
      },
      {
        id: 'good',
        title: 'The good story',
        content_text: 'This one reads fine.',
        date_published: '2025-01-01T10:00:00Z',
        _journal: { section: 'News' },
      },
    ],
  });
}

describe('a page that fails to render', () => {
  beforeEach(() => {
    server.use(http.get('*/feed.json', feed));
  });

  it('is contained: header and navigation work, and leaving the page recovers', async () => {
    // React and the router report the caught error on the console; that is expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { user, router } = renderRoute('/section/news');
    await user.click(await screen.findByRole('link', { name: 'The broken story' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The rest of the reader still works.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith('The page failed to render:', expect.any(Error));
    expect(
      consoleError.mock.calls.some((call) => String(call).includes('The body could not render')),
    ).toBe(true);

    // The chrome around the page is still the reader's.
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Contained Times' })).toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(sections).getByRole('link', { name: 'News' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'News' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Other articles read as usual, and Main too.
    await user.click(screen.getByRole('link', { name: 'The good story' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The good story' }),
    ).toBeInTheDocument();
    expect(screen.getByText('This one reads fine.')).toBeInTheDocument();
    await user.click(within(banner).getByRole('link', { name: 'Contained Times' }));
    // The article page has a "Top articles" rail too: wait for Main first.
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The broken story' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Top articles' })).toBeInTheDocument();
  });

  it('a deep link to the broken article still shows the header and the way out', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const slug = `${slugify('The broken story')}-${shortHash('broken')}`;
    const { user, router } = renderRoute(paths.article(slug));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Contained Times' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The broken story' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Top articles' })).toBeInTheDocument();
  });
});
