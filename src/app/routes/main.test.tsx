import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../../tests/render';

describe('Main', () => {
  it('shows the masthead, sections, a lead story, latest by section and Top articles', async () => {
    renderRoute('/');
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: 'The Odessa Journal' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(
      within(banner).getByText('About past, present and future of Ukraine'),
    ).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Diplomacy', 'War', 'Business', 'Society', 'Culture', 'Odesa']);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'The Odessa Journal' }),
    ).toBeInTheDocument();
    const rail = screen.getByRole('complementary', { name: 'Top articles' });
    expect(within(rail).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    for (const name of ['Diplomacy', 'War', 'Culture']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('searchbox', { name: 'Search' }).length).toBeGreaterThan(0);
    await waitFor(() => expect(document.title).toBe('The Odessa Journal'));
  });

  it('says so when the feed answers with a server error, and recovers with "Try again"', async () => {
    let fail = true;
    server.use(
      http.get('*/feed.json', () => (fail ? new HttpResponse('boom', { status: 500 }) : undefined)),
    );
    const { user } = renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 500');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('complementary', { name: 'Top articles' })).toBeInTheDocument();
  });

  it('says so when the document is not a JSON Feed', async () => {
    server.use(http.get('*/feed.json', () => HttpResponse.json({ hello: 'world' })));
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/JSON Feed/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the good items when one item is broken', async () => {
    server.use(
      http.get('*/feed.json', () =>
        HttpResponse.json({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Small Feed',
          items: [
            {
              id: 'a',
              title: 'A good story',
              content_text: 'Body.',
              date_published: '2026-01-02T10:00:00Z',
            },
            { title: 'No id at all', content_text: 'Dropped.' },
            { id: 'b', title: 'Another good story', content_html: '<p>Body</p>' },
          ],
        }),
      ),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderRoute('/');
    expect(await screen.findByRole('link', { name: 'Small Feed' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'A good story' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Another good story' }).length).toBeGreaterThan(0);
    expect(screen.queryByText('No id at all')).not.toBeInTheDocument();
  });
});
