import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../../tests/render';

const plainFeed = (items: unknown[], extra: Record<string, unknown> = {}) =>
  HttpResponse.json({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Plain Feed',
    items,
    ...extra,
  });

async function openFirstArticle() {
  const view = renderRoute('/');
  const rail = await screen.findByRole('complementary', { name: 'Top articles' });
  const link = within(rail).getAllByRole('link')[0]!;
  const title = link.textContent!;
  await view.user.click(link);
  await screen.findByRole('heading', { level: 1, name: title });
  return { ...view, title };
}

describe('Article page', () => {
  it('has every element of the contract', async () => {
    const { title, router } = await openFirstArticle();
    const h1 = screen.getByRole('heading', { level: 1, name: title });
    expect(h1).toHaveFocus();
    expect(router.state.location.pathname).toMatch(/^\/article\/.+-[a-z0-9]+$/);

    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const crumbLinks = within(crumbs).getAllByRole('link');
    expect(crumbLinks[0]).toHaveTextContent('Main');
    expect(crumbLinks[1]?.getAttribute('href')).toMatch(/^\/section\//);
    expect(within(crumbs).getByText(title)).toHaveAttribute('aria-current', 'page');

    expect(screen.getByText(/^[\d,]+ views?$/)).toBeInTheDocument();
    expect(document.querySelector('article time[datetime]')).not.toBeNull();
    expect(screen.getByText(/\d+ min read/)).toBeInTheDocument();

    const share = screen.getByRole('group', { name: 'Share this article' });
    for (const name of [
      'Copy link',
      'Share on Facebook',
      'Share on X',
      'Share on Telegram',
      'Share on WhatsApp',
      'Share on LinkedIn',
      'Share by email',
    ]) {
      expect(
        within(share).getByRole(name === 'Copy link' ? 'button' : 'link', { name }),
      ).toBeInTheDocument();
    }
    const more = screen.getByRole('link', { name: 'More articles' });
    expect(more.getAttribute('href')).toMatch(/^\/author\//);
    expect(screen.getByRole('complementary', { name: 'Top articles' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^More in / })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${title} — The Odessa Journal`));
    // The body is there and sanitised markup rendered.
    expect(document.querySelectorAll('article .prose p').length).toBeGreaterThan(2);
  });

  it('keeps the head current: description, canonical, Open Graph, Twitter and JSON-LD', async () => {
    const { title, router } = await openFirstArticle();
    const canonical = `${window.location.origin}${router.state.location.pathname}`;
    const head = (selector: string) =>
      document.head.querySelector(selector)?.getAttribute('content');
    await waitFor(() =>
      expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
        'href',
        canonical,
      ),
    );
    expect(head('meta[property="og:title"]')).toBe(title);
    expect(head('meta[property="og:type"]')).toBe('article');
    expect(head('meta[property="og:url"]')).toBe(canonical);
    expect(head('meta[name="description"]')).toBeTruthy();
    expect(head('meta[name="twitter:title"]')).toBe(title);
    const jsonLd = JSON.parse(document.getElementById('page-structured-data')!.textContent!);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: title,
      mainEntityOfPage: canonical,
    });

    await act(() => router.navigate('/'));
    await waitFor(() => expect(head('meta[property="og:type"]')).toBe('website'));
    expect(document.getElementById('page-structured-data')).toBeNull();
  });

  it('shows feed text as text, and no view count when the feed gives none', async () => {
    server.use(
      http.get('*/feed.json', () =>
        plainFeed([
          {
            id: 42,
            title: '<b>Tags</b> & "quotes"',
            content_text: 'First paragraph.\n\nSecond paragraph.',
            tags: ['Culture'],
            date_published: '2026-05-01T10:00:00Z',
          },
        ]),
      ),
    );
    const { user } = renderRoute('/');
    await user.click((await screen.findAllByRole('link', { name: '<b>Tags</b> & "quotes"' }))[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: '<b>Tags</b> & "quotes"' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/views?$/)).not.toBeInTheDocument();
    expect(screen.getByText('First paragraph.')).toBeInTheDocument();
    expect(screen.getByText('Second paragraph.')).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Culture' })).toBeInTheDocument();
    // No author: the source box names the feed itself.
    expect(screen.getByRole('link', { name: 'More articles' })).toBeInTheDocument();
    expect(screen.getAllByText('Plain Feed').length).toBeGreaterThan(0);
  });

  it('never runs script from the feed', async () => {
    server.use(
      http.get('*/feed.json', () =>
        plainFeed([
          {
            id: 'x',
            title: 'Hostile',
            content_html:
              '<p>Safe text</p><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><a href="javascript:window.__pwned=3">click</a>',
          },
        ]),
      ),
    );
    const { user } = renderRoute('/');
    await user.click((await screen.findAllByRole('link', { name: 'Hostile' }))[0]!);
    expect(await screen.findByText('Safe text')).toBeInTheDocument();
    expect(document.querySelector('article script')).toBeNull();
    expect(document.querySelector('article [onerror]')).toBeNull();
    expect(screen.getByText('click').closest('a')?.getAttribute('href') ?? null).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('walks the feed pages for a deep link and says not found at the end', async () => {
    renderRoute('/article/no-such-article-000000');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Article not found' },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
  });
});
