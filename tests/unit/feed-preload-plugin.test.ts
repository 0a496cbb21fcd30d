import { feedPreloadTags, firstFeedRequest } from '../../scripts/feed-preload-plugin';

describe('the first feed request in index.html', () => {
  it('preloads feed.json next to index.html, at the root or under a sub-path', () => {
    expect(firstFeedRequest('/', undefined)).toEqual({ sameOrigin: true, path: '/feed.json' });
    expect(firstFeedRequest('/journal/', '')).toEqual({
      sameOrigin: true,
      path: '/journal/feed.json',
    });
    expect(feedPreloadTags('/', undefined)).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'preload', href: '/feed.json', as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ]);
  });

  it('follows VITE_FEED_URL given as a path, relative or absolute', () => {
    expect(firstFeedRequest('/journal/', 'data/feed.json?v=2')).toEqual({
      sameOrigin: true,
      path: '/journal/data/feed.json?v=2',
    });
    expect(firstFeedRequest('/journal/', '/api/feed')).toEqual({
      sameOrigin: true,
      path: '/api/feed',
    });
  });

  it('only connects early to a feed on another origin', () => {
    expect(firstFeedRequest('/', ' https://feeds.example.com/odesa/feed.json ')).toEqual({
      sameOrigin: false,
      url: 'https://feeds.example.com/odesa/feed.json',
      origin: 'https://feeds.example.com',
    });
    expect(feedPreloadTags('/', 'https://feeds.example.com/feed.json')).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'preconnect', href: 'https://feeds.example.com', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ]);
  });
});
