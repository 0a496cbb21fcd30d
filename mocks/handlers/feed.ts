import { http, HttpResponse } from 'msw';
import { buildFeedPages } from '../data/feed-pages.ts';

const FEED_CONTENT_TYPE = 'application/feed+json';

// Built once: the fixtures never change while the app runs.
const pagesByFileName = new Map(buildFeedPages().map((page) => [page.fileName, page.feed]));

function servePage(fileName: string) {
  const feed = pagesByFileName.get(fileName);
  if (!feed) {
    return HttpResponse.json({ error: `No feed page named ${fileName}` }, { status: 404 });
  }
  return HttpResponse.json(feed, { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}

/**
 * The built-in publication at any base path: `…/feed.json`, then `…/feed-2.json` and on,
 * exactly the files the production build writes next to `index.html`.
 */
export const feedHandlers = [
  http.get('*/feed.json', () => servePage('feed.json')),
  http.get('*/feed-:page.json', ({ params }) => servePage(`feed-${String(params.page)}.json`)),
];
