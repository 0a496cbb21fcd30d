import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { MemoryRouter } from 'react-router';
import type { Article } from '../../feed/model';
import { ArticleList } from './article-list';

const story: Article = {
  id: '1',
  slug: 'story-1',
  title: 'Story one',
  summary: 'A summary.',
  bodyText: '',
  authors: [],
  section: { slug: 'news', name: 'News' },
  tags: [],
  featured: false,
  attachments: [],
};

/** The list in a router, with the props a test does not care about filled in. */
function listElement(props: Partial<ComponentProps<typeof ArticleList>> = {}) {
  return (
    <MemoryRouter>
      <ArticleList
        articles={[story]}
        hasMore={false}
        isLoadingMore={false}
        onLoadMore={vi.fn()}
        emptyText="Nothing yet."
        {...props}
      />
    </MemoryRouter>
  );
}

function renderList(offline: boolean) {
  const onLoadMore = vi.fn();
  render(listElement({ hasMore: true, onLoadMore, offline }));
  return onLoadMore;
}

function stories(count: number): Article[] {
  return Array.from({ length: count }, (_, index) => ({
    ...story,
    id: `long-${index + 1}`,
    slug: `long-story-${index + 1}`,
    title: `Long story ${index + 1}`,
  }));
}

/**
 * jsdom lays nothing out: give every row a height, as a browser would, and put the list
 * at the top of the document (its box moves up as the window scrolls down).
 */
const ROW_HEIGHT = 200;
function giveRowsHeight() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return new DOMRect(0, -window.scrollY, 1024, this.tagName === 'LI' ? ROW_HEIGHT : 0);
  });
}

function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true, writable: true });
  window.dispatchEvent(new Event('scroll'));
}

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');
const positions = () => rows().map((row) => Number(row.getAttribute('aria-posinset')));

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true, writable: true });
  vi.unstubAllGlobals();
});

describe('ArticleList', () => {
  it('loads more on demand while online', async () => {
    const onLoadMore = renderList(false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'More articles' }));
    expect(onLoadMore).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Connect to load more articles')).not.toBeInTheDocument();
  });

  it('after a failed "More articles", keeps the list and offers "Try again"', async () => {
    const onLoadMore = vi.fn();
    render(
      listElement({
        hasMore: true,
        onLoadMore,
        loadMoreError: new Error('The feed answered with an error (HTTP 500).'),
      }),
    );
    expect(screen.getByRole('link', { name: 'Story one' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('More articles could not be loaded.');
    expect(alert).toHaveTextContent('HTTP 500');
    expect(screen.queryByRole('button', { name: 'More articles' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  it('offline, holds "More articles" back and says why', () => {
    renderList(true);
    expect(screen.getByRole('button', { name: 'More articles' })).toBeDisabled();
    expect(screen.getByText('Connect to load more articles')).toBeInTheDocument();
  });

  it('says so when there is nothing to list', () => {
    render(listElement({ articles: [] }));
    expect(screen.getByText('Nothing yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('tells each row its place, and the size of the list once it is complete', () => {
    const { rerender } = render(listElement({ articles: stories(3), hasMore: true }));
    expect(positions()).toEqual([1, 2, 3]);
    // More pages exist: the size is not known yet.
    for (const row of rows()) expect(row).toHaveAttribute('aria-setsize', '-1');
    expect(within(rows()[1]!).getByRole('link', { name: 'Long story 2' })).toBeInTheDocument();

    rerender(listElement({ articles: stories(3) }));
    for (const row of rows()) expect(row).toHaveAttribute('aria-setsize', '3');
  });

  it('keeps only the rows around the viewport in the page', async () => {
    giveRowsHeight();
    render(listElement({ articles: stories(10_000) }));
    await waitFor(() => expect(rows().length).toBeLessThan(20));
    expect(positions()[0]).toBe(1);
    expect(rows()[0]).toHaveAttribute('aria-setsize', '10000');
    // The list keeps the height of all its rows, so the page scrolls as far as before.
    expect(parseFloat(screen.getByRole('list').style.height)).toBeGreaterThan(1_000_000);
    // Rows sit where their measured heights put them, one after the other.
    await waitFor(() =>
      expect(rows().map((row) => parseFloat(row.style.top))).toEqual(
        rows().map((_, index) => index * ROW_HEIGHT),
      ),
    );

    scrollWindowTo(100_000);
    await waitFor(() => expect(positions()[0]).toBeGreaterThan(400));
    const shown = positions();
    expect(shown).toEqual(shown.map((_, index) => shown[0]! + index));
    expect(shown.length).toBeLessThan(20);
  });

  it('keeps the focused row, and its neighbours, while the list scrolls away from it', async () => {
    giveRowsHeight();
    render(listElement({ articles: stories(10_000), hasMore: true }));
    const link = await screen.findByRole('link', { name: 'Long story 3' });
    link.focus();
    scrollWindowTo(100_000);
    await waitFor(() => expect(positions()).not.toContain(1));
    expect(positions().slice(0, 3)).toEqual([2, 3, 4]);
    expect(link).toBeInTheDocument();
    expect(link).toHaveFocus();

    // Once the focus is elsewhere, the row goes like any other.
    screen.getByRole('button', { name: 'More articles' }).focus();
    await waitFor(() => expect(positions()).not.toContain(3));
    expect(positions()[0]).toBeGreaterThan(400);
  });

  it('loads the next page when the end of the list comes near, unless the last load failed', () => {
    const observers: { callback: IntersectionObserverCallback; connected: boolean }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        entry: { callback: IntersectionObserverCallback; connected: boolean };
        constructor(callback: IntersectionObserverCallback) {
          this.entry = { callback, connected: false };
          observers.push(this.entry);
        }
        observe() {
          this.entry.connected = true;
        }
        disconnect() {
          this.entry.connected = false;
        }
      },
    );
    const reachEnd = () => {
      for (const observer of observers.filter((candidate) => candidate.connected)) {
        observer.callback(
          [{ isIntersecting: true } as IntersectionObserverEntry],
          {} as IntersectionObserver,
        );
      }
    };
    const onLoadMore = vi.fn();
    const list = (loadMoreError: Error | null) =>
      listElement({ articles: stories(3), hasMore: true, onLoadMore, loadMoreError });
    const { rerender } = render(list(null));
    reachEnd();
    expect(onLoadMore).toHaveBeenCalledTimes(1);

    rerender(list(new Error('The feed answered with an error (HTTP 500).')));
    reachEnd();
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });
});
