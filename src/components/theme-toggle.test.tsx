import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeToggle } from './theme-toggle';

afterEach(() => document.documentElement.classList.remove('dark'));

describe('ThemeToggle', () => {
  it('switches the theme and remembers the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(window.localStorage.getItem('oj-theme')).toBe('dark');
    unmount();

    // A later visit starts from the stored choice (theme-init.js applied it before paint).
    render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement).not.toHaveClass('dark');
    expect(window.localStorage.getItem('oj-theme')).toBe('light');
  });
});
