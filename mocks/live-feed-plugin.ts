// Loaded by vite.config.ts: imports keep their `.ts` extension (see feed-files-plugin.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadEnv, type Plugin, type ProxyOptions } from 'vite';

/** Where the dev server forwards feed requests to the live feed's origin. */
export const LIVE_FEED_PREFIX = '/__live-feed';

export interface LiveFeed {
  /** The feed as given: `https://example.com/blog/feed.json`. */
  feedUrl: string;
  /** The origin the proxy forwards to: `https://example.com`. */
  origin: string;
  /** What the reader fetches instead, on its own origin: `/__live-feed/blog/feed.json`. */
  clientUrl: string;
}

function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function isLiveFeedUrl(value: string | undefined): value is string {
  return value !== undefined && parseHttpUrl(value) !== undefined;
}

/** Maps a feed's address onto the dev server's proxy. */
export function liveFeed(feedUrl: string): LiveFeed {
  const url = parseHttpUrl(feedUrl);
  if (!url) throw new TypeError(`A live feed needs an http(s) URL, got “${feedUrl}”`);
  return { feedUrl: url.href, origin: url.origin, clientUrl: proxiedPath(url) };
}

function proxiedPath(url: URL): string {
  return `${LIVE_FEED_PREFIX}${url.pathname}${url.search}`;
}

/**
 * The page's `next_url` moved under the proxy when it is an absolute URL on the feed's
 * origin; otherwise the body as it came. (A relative `next_url` needs nothing: it resolves
 * against the proxied address the page was fetched from.)
 */
export function rewriteNextUrl(body: string, origin: string): string {
  let feed: unknown;
  try {
    feed = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch {
    return body;
  }
  if (typeof feed !== 'object' || feed === null || !('next_url' in feed)) return body;
  const next = typeof feed.next_url === 'string' ? parseHttpUrl(feed.next_url) : undefined;
  if (!next || next.origin !== origin) return body;
  return JSON.stringify({ ...feed, next_url: proxiedPath(next) });
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** Sends the origin's answer on, with `next_url` rewritten in an uncompressed JSON body. */
function relay(proxyRes: IncomingMessage, res: ServerResponse, origin: string): void {
  const chunks: Buffer[] = [];
  proxyRes.on('data', (chunk: Buffer) => chunks.push(chunk));
  proxyRes.on('error', () => res.destroy());
  proxyRes.on('end', () => {
    const raw = Buffer.concat(chunks);
    const encoding = proxyRes.headers['content-encoding'];
    const plain = !encoding || encoding === 'identity';
    const text = plain ? raw.toString('utf8') : '';
    const rewritten =
      plain && /^\s*\{/.test(text.replace(/^\uFEFF/, '')) ? rewriteNextUrl(text, origin) : text;
    const body = rewritten === text ? raw : Buffer.from(rewritten, 'utf8');
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(proxyRes.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    headers['content-length'] = String(body.byteLength);
    res.writeHead(proxyRes.statusCode ?? 502, proxyRes.statusMessage, headers);
    res.end(body);
  });
}

/** The dev server's proxy entry: `/__live-feed/…` → the same path on the feed's origin. */
export function liveFeedProxy(feed: LiveFeed): ProxyOptions {
  return {
    target: feed.origin,
    changeOrigin: true,
    // Redirects (http → https, a moved feed) are followed on the server, where CORS does not apply.
    followRedirects: true,
    rewrite: (path) => path.slice(LIVE_FEED_PREFIX.length) || '/',
    // An uncompressed body, so `next_url` can be read and rewritten. (Set here rather than
    // on 'proxyReq', which fires again, too late, for each redirect followed.)
    headers: { 'accept-encoding': 'identity' },
    selfHandleResponse: true,
    configure: (proxy) => {
      proxy.on('proxyRes', (proxyRes, _req, res) => relay(proxyRes, res, feed.origin));
    },
  };
}

/**
 * Live mode for `npm start` / `npm run dev:live`: with `LIVE_FEED_URL` (or an absolute
 * `VITE_FEED_URL`) set, the dev server proxies that feed under `/__live-feed/` and the
 * reader reads it from there, so the feed's CORS headers do not matter; MSW stays off
 * (`VITE_LIVE_FEED`). Builds are untouched.
 */
export function liveFeedPlugin(explicitUrl?: string): Plugin {
  return {
    name: 'odessa-journal:live-feed',
    apply: 'serve',
    config(config, { mode }) {
      // Vitest runs a dev server too; its tests read the mocks whatever the shell says.
      const fromShell = !process.env.VITEST;
      const requested = explicitUrl || (fromShell ? process.env.LIVE_FEED_URL : undefined);
      const fromEnv =
        requested || !fromShell
          ? undefined
          : loadEnv(mode, config.envDir || config.root || process.cwd(), 'VITE_').VITE_FEED_URL;
      // A relative VITE_FEED_URL is on the dev server's own origin: nothing to proxy.
      const url = requested || (isLiveFeedUrl(fromEnv) ? fromEnv : undefined);
      if (!url) return;
      // Throws for a LIVE_FEED_URL that is not an http(s) URL, rather than quietly mocking.
      const feed = liveFeed(url);
      return {
        server: { proxy: { [`${LIVE_FEED_PREFIX}/`]: liveFeedProxy(feed) } },
        define: {
          'import.meta.env.VITE_FEED_URL': JSON.stringify(feed.clientUrl),
          'import.meta.env.VITE_LIVE_FEED': JSON.stringify(feed.feedUrl),
        },
      };
    },
  };
}
