import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareGroup } from './share-group';

const url = 'https://odessa.example/journal/article/port-of-odesa-1a2b';
const title = 'Port of Odesa & the grain corridor';

const serviceNames = [
  'Share on Facebook',
  'Share on X',
  'Share on Telegram',
  'Share on WhatsApp',
  'Share on LinkedIn',
  'Share by email',
];

function stubNativeShare(impl: (data: ShareData) => Promise<void>) {
  const share = vi.fn(impl);
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  return share;
}

function stubExecCommand(result: boolean) {
  const execCommand = vi.fn(() => result);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

// Lets a settled share or copy promise run its handlers before the assertion.
function settle() {
  return act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

function renderGroup() {
  const user = userEvent.setup();
  render(<ShareGroup url={url} title={title} />);
  const group = screen.getByRole('group', { name: 'Share this article' });
  return { user, group, status: within(group).getByRole('status') };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(document, 'execCommand');
});

describe('ShareGroup', () => {
  it('offers copy and every service, without "Share…" where the browser has no share sheet', () => {
    const { group, status } = renderGroup();

    expect(within(group).queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Copy link']);
    expect(within(group).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(
      within(group)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(serviceNames);
    for (const name of serviceNames) {
      expect(within(group).getByRole('link', { name })).toBeInTheDocument();
    }
    // The live region is there from the start so the first message is announced.
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
  });

  it('opens each service in a new tab without handing it the reader', () => {
    const { group } = renderGroup();

    for (const name of serviceNames) {
      const link = within(group).getByRole('link', { name });
      expect(link).toHaveAttribute('target', '_blank');
      const rel = link.getAttribute('rel')?.split(/\s+/);
      expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    expect(within(group).getByRole('link', { name: 'Share on Facebook' })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    );
    expect(within(group).getByRole('link', { name: 'Share by email' })).toHaveAttribute(
      'href',
      'mailto:?subject=Port%20of%20Odesa%20%26%20the%20grain%20corridor' +
        '&body=https%3A%2F%2Fodessa.example%2Fjournal%2Farticle%2Fport-of-odesa-1a2b',
    );
  });

  it('hands the title and URL to the share sheet', async () => {
    const share = stubNativeShare(() => Promise.resolve());
    const { user, group, status } = renderGroup();

    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Share…', 'Copy link']);
    await user.click(within(group).getByRole('button', { name: 'Share…' }));
    await settle();

    expect(share).toHaveBeenCalledTimes(1);
    expect(share).toHaveBeenCalledWith({ title, url });
    expect(status).toBeEmptyDOMElement();
  });

  it('says nothing when the reader closes the share sheet', async () => {
    stubNativeShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const { user, group, status } = renderGroup();

    await user.click(within(group).getByRole('button', { name: 'Share…' }));
    await settle();

    expect(status).toBeEmptyDOMElement();
    expect(console.error).not.toHaveBeenCalled();
  });

  it('points to the links when the share sheet fails', async () => {
    stubNativeShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const { user, group, status } = renderGroup();

    await user.click(within(group).getByRole('button', { name: 'Share…' }));
    await settle();

    expect(status).toHaveTextContent('Sharing is not available here. Use a link below.');
    for (const name of serviceNames) {
      expect(within(group).getByRole('link', { name })).toBeVisible();
    }
  });

  it('copies the URL and says so, keeping the button name', async () => {
    const { user, group, status } = renderGroup();

    await user.click(within(group).getByRole('button', { name: 'Copy link' }));
    await settle();

    await expect(navigator.clipboard.readText()).resolves.toBe(url);
    expect(status).toHaveTextContent('Link copied to clipboard');
    expect(within(group).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('announces a repeated copy again as a new message', async () => {
    const { user, group, status } = renderGroup();
    const button = within(group).getByRole('button', { name: 'Copy link' });

    await user.click(button);
    await settle();
    const first = status.firstElementChild;
    await user.click(button);
    await settle();

    expect(status).toHaveTextContent('Link copied to clipboard');
    expect(status.firstElementChild).not.toBe(first);
  });

  it('lets the confirmation go after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<ShareGroup url={url} title={title} />);
      const group = screen.getByRole('group', { name: 'Share this article' });
      const status = within(group).getByRole('status');

      await user.click(within(group).getByRole('button', { name: 'Copy link' }));
      await settle();
      expect(status).toHaveTextContent('Link copied to clipboard');

      act(() => vi.advanceTimersByTime(4000));
      expect(status).toBeEmptyDOMElement();
      expect(within(group).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('copies through the fallback when the Clipboard API refuses', async () => {
    const { user, group, status } = renderGroup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
    const execCommand = stubExecCommand(true);
    const button = within(group).getByRole('button', { name: 'Copy link' });

    await user.click(button);
    await settle();

    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(status).toHaveTextContent('Link copied to clipboard');
    expect(button).toHaveFocus();
  });

  it('tells the reader how to copy by hand when nothing works', async () => {
    const { user, group, status } = renderGroup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
    stubExecCommand(false);

    await user.click(within(group).getByRole('button', { name: 'Copy link' }));
    await settle();

    expect(status).toHaveTextContent(
      'Could not copy the link. Select and copy it from the address bar.',
    );
  });
});
