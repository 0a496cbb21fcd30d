import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../../../tests/render';

async function openMain() {
  const view = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'The Odessa Journal' });
  const field = screen.getByRole('searchbox', { name: 'Search' });
  return { ...view, field };
}

const options = () =>
  within(screen.getByRole('listbox', { name: 'Suggestions' })).getAllByRole('option');

describe('Header search suggestions', () => {
  it('suggests up to five articles as the reader types, from the pages loaded so far', async () => {
    const { user, field, queryClient } = await openMain();
    expect(field).toHaveAttribute('aria-autocomplete', 'list');
    expect(field).not.toHaveAttribute('aria-controls');

    await user.type(field, 'odesa');
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(field).toHaveAttribute('aria-controls', listbox.id);
    expect(options().length).toBeGreaterThan(0);
    expect(options().length).toBeLessThanOrEqual(5);
    for (const option of options()) expect(option).toHaveAttribute('aria-selected', 'false');
    expect(listbox.querySelector('mark')?.textContent).toMatch(/^odesa/i);
    // Typing never walks further feed pages.
    const data = queryClient.getQueriesData<{ pages: unknown[] }>({ queryKey: ['feed'] });
    expect(data[0]![1]!.pages).toHaveLength(1);
  });

  it('is worked from the keyboard: arrows choose, Enter opens the article', async () => {
    const { user, field } = await openMain();
    await user.type(field, 'grain');
    await screen.findByRole('listbox', { name: 'Suggestions' });

    await user.keyboard('{ArrowDown}');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', options()[0]!.id);
    expect(field).toHaveFocus();

    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    expect(options()[1]).toHaveAttribute('aria-selected', 'false');
    // Up from the first option returns to the field itself.
    await user.keyboard('{ArrowUp}');
    expect(field).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    const title = options()[0]!.querySelector('span')!.textContent!;
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('searches with Enter when no suggestion is chosen', async () => {
    const { user, field, router } = await openMain();
    await user.type(field, 'grain');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=grain');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('grain');
  });

  it('closes the list with Escape, then leaves the field with a second Escape', async () => {
    const { user, field } = await openMain();
    await user.type(field, 'grain');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-activedescendant');
    expect(field).toHaveValue('grain');
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(field).not.toHaveFocus();
  });

  it('opens a suggestion with the mouse', async () => {
    const { user, field } = await openMain();
    await user.type(field, 'drone');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    const option = options()[0]!;
    const title = option.querySelector('span')!.textContent!;
    await user.click(option);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  });

  it('focuses the field with "/" from anywhere on the page', async () => {
    const { user, field } = await openMain();
    expect(field).not.toHaveFocus();
    await user.keyboard('/');
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('');
  });
});
