import { buildFeedPages } from '../data/feed-pages.ts';
import type { JsonFeedDocument } from '../data/json-feed.ts';

// tests/setup.ts runs the MSW server with every handler from mocks/handlers.
function feedUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

describe('feed handlers', () => {
  it('serve the first page as a JSON Feed', async () => {
    const response = await fetch(feedUrl('/feed.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json');
    const feed = (await response.json()) as JsonFeedDocument;
    expect(feed.title).toBe('The Odessa Journal');
    expect(feed.next_url).toBe('feed-2.json');
    expect(feed.items).toEqual(buildFeedPages()[0]?.feed.items);
  });

  it('answer under any base path and walk to the last page', async () => {
    let url: string | undefined = feedUrl('/journal/feed.json');
    const fileCount = buildFeedPages().length;
    const visited: string[] = [];
    while (url) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      const feed = (await response.json()) as JsonFeedDocument;
      visited.push(url);
      url = feed.next_url ? new URL(feed.next_url, url).href : undefined;
      expect(visited.length).toBeLessThanOrEqual(fileCount);
    }
    expect(visited).toHaveLength(fileCount);
    expect(visited.at(-1)).toBe(feedUrl(`/journal/feed-${fileCount}.json`));
  });

  it.each(['/feed-99.json', '/feed-1.json', '/feed-two.json'])(
    'answer 404 with a JSON error for %s',
    async (path) => {
      const response = await fetch(feedUrl(path));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({ error: expect.stringContaining('No feed page') });
    },
  );
});
