import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../../tests/render';

describe('Section page', () => {
  it('lists the section newest first and loads more with "More articles"', async () => {
    const { user } = renderRoute('/section/war');
    expect(await screen.findByRole('heading', { level: 1, name: 'War' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Main' })).toHaveAttribute('href', '/');
    expect(within(crumbs).getByText('War')).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('War — The Odessa Journal'));

    const list = () => screen.getAllByRole('heading', { level: 2 });
    const before = list().length;
    const dates = Array.from(document.querySelectorAll('main time')).map((time) =>
      Date.parse(time.getAttribute('datetime')!),
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    await user.click(screen.getByRole('button', { name: 'More articles' }));
    await vi.waitFor(() => expect(list().length).toBeGreaterThan(before));
    for (const link of screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => within(h).getByRole('link'))) {
      expect(link.getAttribute('href')).toMatch(/^\/article\//);
    }
  });

  it('says not found for an unknown section', async () => {
    renderRoute('/section/astronomy');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Section not found' },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
  });
});

describe('Author page', () => {
  it("lists the author's articles", async () => {
    const { user } = renderRoute('/section/culture');
    await user.click((await screen.findAllByRole('heading', { level: 2 }))[0]!.querySelector('a')!);
    const more = await screen.findByRole('link', { name: 'More articles' });
    const name = document.getElementById('source-box-name')!.textContent!;
    await user.click(more);
    const h1 = await screen.findByRole('heading', { level: 1, name });
    expect(h1).toHaveFocus();
    expect(screen.getByText(/^\d+ articles?/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
  });
});

describe('Unknown URL', () => {
  it('says "Page not found" with a link to Main', async () => {
    renderRoute('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Main' })).toHaveAttribute('href', '/');
  });
});
