import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { buildFeedPages } from '../../../mocks/data/feed-pages';
import type { JsonFeedItem } from '../../../mocks/data/json-feed';
import { servePages } from '../../../mocks/handlers/feed';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../../tests/render';

const results = () =>
  screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

function item(id: string, title: string, section: string, date: string): JsonFeedItem {
  return {
    id,
    title,
    content_text: `A report about ${title.toLowerCase()}.`,
    date_published: date,
    _journal: { section },
  };
}

describe('Search page', () => {
  it('finds articles, with section, date and the matched words marked', async () => {
    renderRoute('/search?q=Odesa');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^\d+ results? for “Odesa”$/), {
      timeout: 4000,
    });
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByRole('heading', { level: 2 })).toBeInTheDocument();
    const [sectionLink, articleLink] = within(first).getAllByRole('link');
    expect(sectionLink!.getAttribute('href')).toMatch(/^\/section\//);
    expect(articleLink!.getAttribute('href')).toMatch(/^\/article\//);
    expect(first.querySelector('time[datetime]')).not.toBeNull();
    const marks = Array.from(document.querySelectorAll('main mark')).map(
      (mark) => mark.textContent,
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^odesa/i);
  });

  it('says "No results" only once the older pages were searched too', async () => {
    renderRoute('/search?q=zzzqqqxxx');
    expect(
      await screen.findByText('No results for “zzzqqqxxx”', {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(results()).toEqual([]);
  });

  it('keeps searching older pages before it says there is no result', async () => {
    const pages = buildFeedPages(
      [
        item('new', 'Tram lines return', 'Odesa', '2026-11-02T10:00:00Z'),
        item('old', 'Lighthouse keepers remember', 'Odesa', '2026-10-01T10:00:00Z'),
      ],
      1,
    );
    server.use(
      http.get('*/feed.json', () => HttpResponse.json(pages[0]!.feed)),
      http.get('*/feed-2.json', async () => {
        await delay(400);
        return HttpResponse.json(pages[1]!.feed);
      }),
    );
    renderRoute('/search?q=lighthouse');
    await screen.findByRole('heading', { level: 1, name: 'Search' });
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Searching older articles…'));
    expect(screen.queryByText(/No results/)).not.toBeInTheDocument();
    await screen.findByRole('link', { name: 'Lighthouse keepers remember' }, { timeout: 4000 });
    expect(status).toHaveTextContent('1 result for “lighthouse”');
  });

  it('finds an article that only a later feed page holds', async () => {
    const { queryClient } = renderRoute('/search?q=Poltavka');
    const link = await screen.findByRole(
      'link',
      { name: 'The opera season opens with a defiant “Natalka Poltavka”' },
      { timeout: 4000 },
    );
    expect(link.getAttribute('href')).toMatch(/^\/article\//);
    // It took the walk to page 3 to find it.
    const data = queryClient.getQueriesData<{ pages: unknown[] }>({ queryKey: ['feed'] });
    expect(data[0]![1]!.pages.length).toBe(3);
  });

  it('finds a Cyrillic word whatever apostrophe the reader types', async () => {
    renderRoute("/search?q=пам'ять");
    await screen.findByRole(
      'link',
      { name: 'Ukrainian-language courses fill up in Russian-speaking Odesa' },
      { timeout: 4000 },
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/results? for “пам'ять”/),
    );
    expect(document.querySelector('main mark')?.textContent).toBe('пам’ять');
  });

  it('never lets markup from a title or the query reach the page', async () => {
    const title = 'Exploit <img src=x onerror=alert(1)> in a headline';
    server.use(
      ...servePages(() =>
        buildFeedPages([item('x1', title, 'Culture', '2026-11-01T10:00:00Z')], 24),
      ),
    );
    renderRoute(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const link = await screen.findByRole('link', { name: title }, { timeout: 4000 });
    expect(link.textContent).toBe(title);
    expect(within(link).getAllByText(/img|onerror|alert/).length).toBeGreaterThan(0);
    expect(document.querySelector('img[src="x"], img[onerror]')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 result for “<img src=x onerror=alert(1)>”',
    );
  });

  it('filters by section through the URL', async () => {
    server.use(
      ...servePages(() =>
        buildFeedPages(
          [
            item('a', 'Grain exports rise', 'Business', '2026-11-03T10:00:00Z'),
            item('b', 'Grain deal signed', 'Diplomacy', '2026-11-02T10:00:00Z'),
            item('c', 'Grain silo hit', 'War', '2026-11-01T10:00:00Z'),
          ],
          24,
        ),
      ),
    );
    const { user, router } = renderRoute('/search?q=grain');
    const filter = await screen.findByRole('group', { name: 'Filter by section' });
    await waitFor(() => expect(results()).toHaveLength(3));
    expect(within(filter).getByRole('link', { name: /All sections/ })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await user.click(within(filter).getByRole('link', { name: /War/ }));
    await waitFor(() => expect(results()).toEqual(['Grain silo hit']));
    expect(router.state.location.search).toBe('?q=grain&section=war');
    expect(within(filter).getByRole('link', { name: /War/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 result for “grain” in War');

    await router.navigate(-1);
    await waitFor(() => expect(results()).toHaveLength(3));
  });

  it('restores the query and the results on back and forward', async () => {
    const { router, user } = renderRoute('/search?q=Poltavka');
    const field = await screen.findByRole('searchbox', { name: 'Search' });
    await screen.findByRole('link', { name: /Natalka Poltavka/ }, { timeout: 4000 });
    expect(field).toHaveValue('Poltavka');

    await router.navigate('/search?q=Pryvoz');
    await screen.findByRole('link', { name: /^Pryvoz at dawn/ });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Pryvoz');
    expect(screen.queryByRole('link', { name: /Natalka Poltavka/ })).not.toBeInTheDocument();

    // Typed but not searched for: going back shows that page's own query.
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), ' market');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    await router.navigate(-1);
    await screen.findByRole('link', { name: /Natalka Poltavka/ });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Poltavka');

    await router.navigate(1);
    await screen.findByRole('link', { name: /^Pryvoz at dawn/ });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Pryvoz');
  });

  it('shows more results on demand', async () => {
    const { user } = renderRoute('/search?q=Odesa');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/results? for/), {
      timeout: 4000,
    });
    const total = Number(/^(\d+)/.exec(screen.getByRole('status').textContent!)![1]);
    expect(total).toBeGreaterThan(20);
    expect(results()).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(results()).toHaveLength(Math.min(40, total)));
  });
});
