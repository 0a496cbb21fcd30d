import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { server } from '../../../mocks/node';
import { createSlowHandlers, scenarios } from '../../../mocks/scenarios';
import { renderRoute } from '../../../tests/render';
import { createQueryClient } from '../query-client';
import { createRoutes } from '../router';

// Each mock scenario (mocks/scenarios.ts) puts the reader in the state it is named after,
// seen through the real routes as a reader would see it. Feed retries are off in tests,
// so a failure shows at once.

function topArticles() {
  return screen.findByRole('complementary', { name: 'Top articles' }, { timeout: 5000 });
}

describe('mock scenarios', () => {
  beforeEach(() => {
    // Failed pages and feed notes are logged as warnings; they are expected here.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('normal: Main with a lead story and Top articles', async () => {
    server.use(...scenarios.normal.handlers);
    renderRoute('/');
    const rail = await topArticles();
    expect(within(rail).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
  });

  it('slow: the page skeleton first, then the content', async () => {
    server.use(...createSlowHandlers({ minMs: 300, maxMs: 500 }));
    renderRoute('/');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the latest articles…');
    expect(screen.queryByRole('complementary', { name: 'Top articles' })).not.toBeInTheDocument();
    await topArticles();
    expect(screen.queryByText('Loading the latest articles…')).not.toBeInTheDocument();
  });

  it('flaky: the reader sees the 503, and "Try again" gets the feed', async () => {
    server.use(...scenarios.flaky.handlers);
    const { user, router } = renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 503');
    // A failed feed is not fetched again behind the reader's back (retryOnMount is off),
    // so the next request is the one "Try again" makes: the succeeding turn.
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await topArticles()).toBeInTheDocument();
    expect(router.state.revalidation).toBe('idle');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('flaky: with the app’s own retry policy the failures never reach the reader', async () => {
    server.use(...scenarios.flaky.handlers);
    const statuses: number[] = [];
    const record = ({ response }: { response: Response }) => void statuses.push(response.status);
    server.events.on('response:mocked', record);
    onTestFinished(() => server.events.removeListener('response:mocked', record));
    const queryClient = createQueryClient();
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={createMemoryRouter(createRoutes(queryClient))} />
      </QueryClientProvider>,
    );
    // One retry after feedRetryDelay(0) = 1 s.
    expect(await topArticles()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(statuses.slice(0, 2)).toEqual([503, 200]);
  });

  it('error: an alert naming HTTP 500, with "Try again"', async () => {
    server.use(...scenarios.error.handlers);
    const { user } = renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 500');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // Still failing: the same view comes back rather than a blank page.
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500');
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('empty: a valid feed with no articles says so', async () => {
    server.use(...scenarios.empty.handlers);
    renderRoute('/');
    expect(await screen.findByText(/There are no articles in this feed yet\./)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The Odessa Journal' })).toBeInTheDocument();
  });

  it('malformed: an alert saying the feed is not valid JSON, with "Try again"', async () => {
    server.use(...scenarios.malformed.handlers);
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/not valid JSON|JSON Feed/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('huge: Main renders, and a section page loads further pages on demand', async () => {
    server.use(...scenarios.huge.handlers);
    const { user, unmount } = renderRoute('/');
    const rail = await topArticles();
    expect(within(rail).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    unmount();

    renderRoute('/section/business');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Business' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const headlines = () => screen.getAllByRole('heading', { level: 2 }).length;
    let shown = headlines();
    for (let page = 0; page < 2; page += 1) {
      await user.click(screen.getByRole('button', { name: 'More articles' }));
      await vi.waitFor(() => expect(headlines()).toBeGreaterThan(shown), { timeout: 5000 });
      shown = headlines();
    }
    expect(screen.getByRole('button', { name: 'More articles' })).toBeInTheDocument();
  });

  it('offline: an alert saying the feed could not be reached', async () => {
    server.use(...scenarios.offline.handlers);
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be reached');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
