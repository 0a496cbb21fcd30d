import { http, HttpResponse, type HttpResponseResolver, type RequestHandler } from 'msw';
import { buildFeedPages, type FeedPageFile } from '../data/feed-pages.ts';

export const FEED_CONTENT_TYPE = 'application/feed+json';

/**
 * The same resolver for every feed page at any base path: `…/feed.json`, then
 * `…/feed-2.json` and on, exactly the files the production build writes next to
 * `index.html`. The resolver gets the page's file name.
 */
export function onFeedPages(
  resolver: (fileName: string) => ReturnType<HttpResponseResolver>,
): RequestHandler[] {
  return [
    http.get('*/feed.json', () => resolver('feed.json')),
    http.get('*/feed-:page.json', ({ params }) => resolver(`feed-${String(params.page)}.json`)),
  ];
}

/** A JSON Feed page as a real server sends it, or a JSON 404 for a page that does not exist. */
export function feedPageResponse(
  pages: ReadonlyMap<string, FeedPageFile['feed']>,
  fileName: string,
) {
  const feed = pages.get(fileName);
  if (!feed) {
    return HttpResponse.json({ error: `No feed page named ${fileName}` }, { status: 404 });
  }
  return HttpResponse.json(feed, { headers: { 'Content-Type': FEED_CONTENT_TYPE } });
}

export function pagesByFileName(pages: readonly FeedPageFile[]): Map<string, FeedPageFile['feed']> {
  return new Map(pages.map((page) => [page.fileName, page.feed]));
}

/**
 * Serves a publication whose pages are built on the first request and kept: a large
 * generated feed costs nothing until something asks for it.
 */
export function servePages(buildPages: () => readonly FeedPageFile[]): RequestHandler[] {
  let pages: Map<string, FeedPageFile['feed']> | undefined;
  return onFeedPages((fileName) => {
    pages ??= pagesByFileName(buildPages());
    return feedPageResponse(pages, fileName);
  });
}

let fixtures: Map<string, FeedPageFile['feed']> | undefined;

/** One page of the built-in publication (the fixtures in mocks/data), or a 404. */
export function fixturePageResponse(fileName: string) {
  fixtures ??= pagesByFileName(buildFeedPages());
  return feedPageResponse(fixtures, fileName);
}

/** The built-in publication, exactly as the production build serves it. */
export const feedHandlers = onFeedPages(fixturePageResponse);
