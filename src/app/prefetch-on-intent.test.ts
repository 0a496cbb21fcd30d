import { createMemoryRouter } from 'react-router';
import { prefetchOnIntent, type PageHandle } from './prefetch-on-intent';

function setUp(prefetch: PageHandle['prefetch'], basename?: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        children: [
          { index: true },
          { path: 'article/:slug', handle: { prefetch } satisfies PageHandle },
        ],
      },
    ],
    { basename },
  );
  const stop = prefetchOnIntent(router);
  const link = (href: string) => {
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.innerHTML = '<span>Headline</span>';
    document.body.append(anchor);
    return anchor;
  };
  return { stop, link };
}

const point = (element: Element) =>
  element.dispatchEvent(new Event('pointerover', { bubbles: true }));

afterEach(() => document.body.replaceChildren());

describe('prefetch on intent', () => {
  it("loads a page's code when a link to it is pointed at, focused or touched, once", () => {
    const prefetch = vi.fn(() => Promise.resolve());
    const { stop, link } = setUp(prefetch);
    const article = link('/article/port-reopens');
    point(article.querySelector('span')!);
    expect(prefetch).toHaveBeenCalledTimes(1);
    article.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    link('/article/another').dispatchEvent(new Event('touchstart', { bubbles: true }));
    expect(prefetch).toHaveBeenCalledTimes(1);
    stop();
  });

  it('leaves alone links to Main, to other sites, and what is not a link', () => {
    const prefetch = vi.fn(() => Promise.resolve());
    const { stop, link } = setUp(prefetch);
    point(link('/'));
    point(link('https://elsewhere.example/article/x'));
    const text = document.createElement('p');
    document.body.append(text);
    point(text);
    expect(prefetch).not.toHaveBeenCalled();
    stop();
    point(link('/article/after-stop'));
    expect(prefetch).not.toHaveBeenCalled();
  });

  it('tries again at the next intent when the code could not be fetched', async () => {
    const prefetch = vi
      .fn<PageHandle['prefetch']>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(undefined);
    const { stop, link } = setUp(prefetch);
    const article = link('/article/port-reopens');
    point(article);
    await Promise.resolve();
    await Promise.resolve();
    point(article);
    expect(prefetch).toHaveBeenCalledTimes(2);
    stop();
  });

  it('matches links under the reader’s sub-path', () => {
    const prefetch = vi.fn(() => Promise.resolve());
    const { stop, link } = setUp(prefetch, '/journal');
    point(link('/article/outside-the-base'));
    expect(prefetch).not.toHaveBeenCalled();
    point(link('/journal/article/inside'));
    expect(prefetch).toHaveBeenCalledTimes(1);
    stop();
  });
});
