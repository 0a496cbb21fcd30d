import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

function renderList(offline: boolean) {
  const onLoadMore = vi.fn();
  render(
    <MemoryRouter>
      <ArticleList
        articles={[story]}
        hasMore
        isLoadingMore={false}
        onLoadMore={onLoadMore}
        emptyText="Nothing yet."
        offline={offline}
      />
    </MemoryRouter>,
  );
  return onLoadMore;
}

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
      <MemoryRouter>
        <ArticleList
          articles={[story]}
          hasMore
          isLoadingMore={false}
          onLoadMore={onLoadMore}
          emptyText="Nothing yet."
          loadMoreError={new Error('The feed answered with an error (HTTP 500).')}
        />
      </MemoryRouter>,
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
});
