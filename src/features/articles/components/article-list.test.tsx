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

  it('offline, holds "More articles" back and says why', () => {
    renderList(true);
    expect(screen.getByRole('button', { name: 'More articles' })).toBeDisabled();
    expect(screen.getByText('Connect to load more articles')).toBeInTheDocument();
  });
});
