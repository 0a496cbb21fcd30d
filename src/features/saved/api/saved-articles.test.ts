import 'fake-indexeddb/auto';
import { clear, createStore } from 'idb-keyval';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { normalizeFeed } from '../../feed/api/normalize-feed';
import type { Article } from '../../feed/model';
import { cacheNames, databases } from '../../offline/cache-names';
import {
  articleImageUrls,
  getSavedArticle,
  listSavedArticles,
  removeSavedArticle,
  saveArticle,
} from './saved-articles';

const FEED_URL = 'https://journal.example/feed.json';

function articlesFrom(items: Record<string, unknown>[]): Article[] {
  return normalizeFeed(
    { version: 'https://jsonfeed.org/version/1.1', title: 'Journal', items },
    FEED_URL,
  ).articles;
}

function article(id: string, extra: Record<string, unknown> = {}): Article {
  const [only] = articlesFrom([
    {
      id,
      title: `Story ${id}`,
      url: `https://journal.example/news/${id}`,
      content_html: `<p>Body of story ${id}, with <a href="/about">a relative link</a>.</p>`,
      ...extra,
    },
  ]);
  return only!;
}

/** A Cache Storage stand-in (jsdom has none) that keeps responses per cache name. */
function installFakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const keyOf = (request: RequestInfo | URL) =>
    typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
  const open = async (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    return {
      match: async (request: RequestInfo | URL) => entries.get(keyOf(request))?.clone(),
      put: async (request: RequestInfo | URL, response: Response) => {
        entries.set(keyOf(request), response);
      },
      delete: async (request: RequestInfo | URL) => entries.delete(keyOf(request)),
    };
  };
  const match = async (request: RequestInfo | URL) => {
    for (const entries of stores.values()) {
      const hit = entries.get(keyOf(request));
      if (hit) return hit.clone();
    }
    return undefined;
  };
  vi.stubGlobal('caches', { open, match });
  return stores;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await clear(createStore(databases.saved.name, databases.saved.store));
});

describe('saved articles store', () => {
  it('keeps the whole article, lazily computed fields included, and reads it back', async () => {
    const story = article('1');
    await saveArticle(story, new Date('2026-11-20T10:00:00Z'));

    const saved = await getSavedArticle(story.slug);
    expect(saved?.savedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(saved?.article).toEqual({ ...story });
    expect(saved?.article.bodyText).toContain('Body of story 1');
    // Links in the body were resolved before saving, so the copy reads on its own.
    expect(saved?.article.contentHtml).toContain('href="https://journal.example/about"');
  });

  it('lists the most recently saved first and keeps the first saving time on a re-save', async () => {
    await saveArticle(article('1'), new Date('2026-11-20T10:00:00Z'));
    await saveArticle(article('2'), new Date('2026-11-21T10:00:00Z'));
    await saveArticle(article('1'), new Date('2026-11-22T10:00:00Z'));

    const list = await listSavedArticles();
    expect(list.map((entry) => entry.article.title)).toEqual(['Story 2', 'Story 1']);
    expect(list[1]?.savedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('forgets a removed article', async () => {
    const story = article('1');
    await saveArticle(story);
    await removeSavedArticle(story.slug);
    expect(await getSavedArticle(story.slug)).toBeNull();
    expect(await listSavedArticles()).toEqual([]);
  });

  it('answers null for an unknown slug and ignores entries that are not saved articles', async () => {
    await import('idb-keyval').then(({ set }) =>
      set(
        'broken',
        { title: 'no article here' },
        createStore(databases.saved.name, databases.saved.store),
      ),
    );
    expect(await getSavedArticle('nothing-here')).toBeNull();
    expect(await getSavedArticle('broken')).toBeNull();
    expect(await listSavedArticles()).toEqual([]);
  });

  it('keeps the pictures in a cache of their own and drops the ones no saved article shows', async () => {
    const stores = installFakeCaches();
    const fetched: string[] = [];
    server.use(
      http.get('https://img.example/:name', ({ request }) => {
        fetched.push(request.url);
        return new HttpResponse('picture', { headers: { 'Content-Type': 'image/jpeg' } });
      }),
    );
    // Seen before by the service worker: copied from its cache, not fetched again.
    const seen = await caches.open(cacheNames.images);
    await seen.put('https://img.example/seen.jpg', new Response('seen picture'));

    const first = article('1', {
      image: 'https://img.example/shared.jpg',
      content_html:
        '<p>Text</p><img src="https://img.example/seen.jpg"><img src="https://img.example/only-1.jpg">',
    });
    const second = article('2', { image: 'https://img.example/shared.jpg' });
    await saveArticle(first);
    await saveArticle(second);

    const savedImages = stores.get(cacheNames.savedImages)!;
    expect([...savedImages.keys()].sort()).toEqual([
      'https://img.example/only-1.jpg',
      'https://img.example/seen.jpg',
      'https://img.example/shared.jpg',
    ]);
    expect(await savedImages.get('https://img.example/seen.jpg')?.text()).toBe('seen picture');
    expect(fetched.sort()).toEqual([
      'https://img.example/only-1.jpg',
      'https://img.example/shared.jpg',
    ]);

    await removeSavedArticle(first.slug);
    expect([...savedImages.keys()]).toEqual(['https://img.example/shared.jpg']);
  });
});

describe('articleImageUrls', () => {
  it('collects the hero, body pictures (src and srcset) and avatars, once each', () => {
    const story = article('1', {
      banner_image: 'https://img.example/banner.jpg',
      image: 'https://img.example/card.jpg',
      content_html:
        '<figure><picture><source srcset="/img/wide.webp 2x, /img/narrow.webp 1x">' +
        '<img src="/img/body.jpg" srcset="/img/body-2x.jpg 2x"></picture></figure>' +
        '<img src="https://img.example/card.jpg">',
      authors: [{ name: 'Olena', avatar: 'https://img.example/olena.png' }],
    });
    expect(articleImageUrls(story)).toEqual([
      'https://img.example/banner.jpg',
      'https://img.example/card.jpg',
      'https://journal.example/img/wide.webp',
      'https://journal.example/img/narrow.webp',
      'https://journal.example/img/body.jpg',
      'https://journal.example/img/body-2x.jpg',
      'https://img.example/olena.png',
    ]);
  });

  it('never keeps a script or data URL as a picture', () => {
    const story = article('1', {
      content_html: '<img src="javascript:alert(1)"><img src="data:image/png;base64,AAAA">',
    });
    expect(articleImageUrls(story)).toEqual([]);
  });
});
