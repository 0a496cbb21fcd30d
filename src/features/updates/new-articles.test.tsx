import { QueryClient, QueryClientProvider, type InfiniteData } from '@tanstack/react-query';
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { feedPagesQuery } from '../feed/api/feed-queries';
import type { Article, FeedPage } from '../feed/model';
import { NewArticlesButton } from './components/new-articles-button';
import { splitNewArticles, useNewArticles } from './new-articles';

function article(id: string): Article {
  return {
    id,
    slug: `story-${id}`,
    title: `Story ${id}`,
    summary: '',
    bodyText: '',
    authors: [],
    section: { slug: 'news', name: 'News' },
    tags: [],
    featured: false,
    attachments: [],
  };
}

const ids = (articles: readonly Article[]) => articles.map((item) => item.id);

describe('splitNewArticles', () => {
  it('holds back unseen articles of the first page, and lets everything else through', () => {
    const articles = ['9', '8', '1', '2', '0'].map(article);
    const { shown, fresh } = splitNewArticles(
      articles,
      new Set(['1', '2']),
      new Set(['9', '8', '1']),
    );
    expect(ids(fresh)).toEqual(['9', '8']);
    // '0' is new to the page but comes from an older page: nothing moves above it.
    expect(ids(shown)).toEqual(['1', '2', '0']);
  });

  it('holds back nothing when everything was seen', () => {
    const articles = ['1', '2'].map(article);
    const { shown, fresh } = splitNewArticles(articles, new Set(['1', '2']), new Set(['1']));
    expect(fresh).toEqual([]);
    expect(ids(shown)).toEqual(['1', '2']);
  });
});

function feedData(articleIds: string[]): InfiniteData<FeedPage, string> {
  const url = feedPagesQuery().queryKey[2];
  return {
    pages: [
      {
        url,
        meta: { title: 'Journal', description: '', sections: [] },
        articles: articleIds.map(article),
        warnings: [],
      },
    ],
    pageParams: [url],
  };
}

describe('useNewArticles', () => {
  function setup(initial: string[]) {
    const queryClient = new QueryClient();
    queryClient.setQueryData(feedPagesQuery().queryKey, feedData(initial));
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const hook = renderHook(({ articles }) => useNewArticles(articles), {
      wrapper,
      initialProps: { articles: initial.map(article) },
    });
    /** A background refetch that brought `next` as the feed's first page. */
    const refetched = (next: string[]) => {
      act(() => queryClient.setQueryData(feedPagesQuery().queryKey, feedData(next)));
      hook.rerender({ articles: next.map(article) });
    };
    return { ...hook, refetched };
  }

  it('keeps the page as it was and counts what a refresh brought', () => {
    const { result, refetched } = setup(['3', '2', '1']);
    expect(ids(result.current.articles)).toEqual(['3', '2', '1']);
    expect(result.current.newCount).toBe(0);

    refetched(['5', '4', '3', '2', '1']);
    expect(ids(result.current.articles)).toEqual(['3', '2', '1']);
    expect(result.current.newCount).toBe(2);
  });

  it('reveals the new articles on demand and goes to the top', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const { result, refetched } = setup(['2', '1']);
    refetched(['3', '2', '1']);
    act(() => result.current.reveal());
    expect(ids(result.current.articles)).toEqual(['3', '2', '1']);
    expect(result.current.newCount).toBe(0);
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
  });
});

describe('NewArticlesButton', () => {
  it('is absent with nothing new, and names the count otherwise', async () => {
    const onReveal = vi.fn();
    const { rerender } = render(<NewArticlesButton count={0} onReveal={onReveal} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    rerender(<NewArticlesButton count={1} onReveal={onReveal} />);
    expect(screen.getByRole('button', { name: '1 new article' })).toBeInTheDocument();

    rerender(<NewArticlesButton count={4} onReveal={onReveal} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '4 new articles' }));
    expect(onReveal).toHaveBeenCalledTimes(1);
  });
});
