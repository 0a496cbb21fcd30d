import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { http, passthrough } from 'msw';
import { createServer, type Plugin, type UserConfig, type ViteDevServer } from 'vite';
import {
  isLiveFeedUrl,
  LIVE_FEED_PREFIX,
  liveFeed,
  liveFeedPlugin,
  rewriteNextUrl,
} from './live-feed-plugin.ts';
import { server as mswServer } from './node.ts';

/** Runs the plugin's `config` hook as Vite's dev server would. */
function configFor(plugin: Plugin, mode = 'development'): UserConfig | null | void {
  const hook = plugin.config;
  const run = typeof hook === 'function' ? hook : hook?.handler;
  return run?.call({} as never, { root: process.cwd() }, { command: 'serve', mode }) as
    UserConfig | undefined;
}

describe('liveFeed', () => {
  it('maps the feed onto the proxy, keeping its path and query', () => {
    expect(liveFeed('https://example.com/blog/feed.json?lang=en')).toEqual({
      feedUrl: 'https://example.com/blog/feed.json?lang=en',
      origin: 'https://example.com',
      clientUrl: '/__live-feed/blog/feed.json?lang=en',
    });
    expect(liveFeed(' http://127.0.0.1:8080/feed ').clientUrl).toBe('/__live-feed/feed');
  });

  it('accepts http(s) URLs only', () => {
    expect(isLiveFeedUrl('https://example.com/feed.json')).toBe(true);
    for (const value of ['feed.json', '/feed.json', 'ftp://example.com/feed.json', '', undefined]) {
      expect(isLiveFeedUrl(value), String(value)).toBe(false);
    }
    expect(() => liveFeed('file:///etc/feed.json')).toThrow(TypeError);
  });
});

describe('rewriteNextUrl', () => {
  const origin = 'https://example.com';

  it('moves an absolute next_url on the feed’s origin under the proxy', () => {
    const body = JSON.stringify({
      title: 'T',
      next_url: 'https://example.com/feed?page=2',
      items: [],
    });
    expect(JSON.parse(rewriteNextUrl(body, origin))).toEqual({
      title: 'T',
      next_url: '/__live-feed/feed?page=2',
      items: [],
    });
  });

  it('leaves everything else byte for byte', () => {
    for (const body of [
      '{ "next_url": "feed-2.json", "items": [] }',
      '{"next_url":"https://elsewhere.example/feed-2.json"}',
      '{"items":[]}',
      '[1, 2]',
      'not json at all',
      '{"next_url": 42}',
    ]) {
      expect(rewriteNextUrl(body, origin)).toBe(body);
    }
  });

  it('reads a feed that starts with a byte-order mark', () => {
    const body = `\uFEFF${JSON.stringify({ next_url: 'https://example.com/2.json' })}`;
    expect(JSON.parse(rewriteNextUrl(body, origin))).toEqual({ next_url: '/__live-feed/2.json' });
  });
});

describe('liveFeedPlugin', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('proxies the feed and points the reader at the proxy', () => {
    const config = configFor(liveFeedPlugin('https://example.com/blog/feed.json'));
    const proxy = config?.server?.proxy?.[`${LIVE_FEED_PREFIX}/`];
    expect(proxy).toMatchObject({ target: 'https://example.com', changeOrigin: true });
    expect(typeof proxy === 'object' && proxy.rewrite?.('/__live-feed/blog/feed-2.json')).toBe(
      '/blog/feed-2.json',
    );
    expect(config?.define).toEqual({
      'import.meta.env.VITE_FEED_URL': '"/__live-feed/blog/feed.json"',
      'import.meta.env.VITE_LIVE_FEED': '"https://example.com/blog/feed.json"',
    });
  });

  it('applies to the dev server only', () => {
    expect(liveFeedPlugin().apply).toBe('serve');
  });

  it('reads LIVE_FEED_URL, or an absolute VITE_FEED_URL, from the shell', () => {
    vi.stubEnv('VITEST', '');
    vi.stubEnv('LIVE_FEED_URL', 'https://example.com/feed.json');
    expect(configFor(liveFeedPlugin())?.define).toMatchObject({
      'import.meta.env.VITE_LIVE_FEED': '"https://example.com/feed.json"',
    });
    vi.stubEnv('LIVE_FEED_URL', '');
    vi.stubEnv('VITE_FEED_URL', 'https://example.org/news.json');
    expect(configFor(liveFeedPlugin())?.define).toMatchObject({
      'import.meta.env.VITE_FEED_URL': '"/__live-feed/news.json"',
    });
  });

  it('stays off with no feed, a relative VITE_FEED_URL, or under Vitest', () => {
    vi.stubEnv('VITEST', '');
    vi.stubEnv('LIVE_FEED_URL', '');
    vi.stubEnv('VITE_FEED_URL', '/other-feed.json');
    expect(configFor(liveFeedPlugin())).toBeUndefined();
    vi.stubEnv('VITEST', 'true');
    vi.stubEnv('LIVE_FEED_URL', 'https://example.com/feed.json');
    expect(configFor(liveFeedPlugin())).toBeUndefined();
  });

  it('refuses a LIVE_FEED_URL that is not an http(s) URL rather than quietly mocking', () => {
    expect(() => configFor(liveFeedPlugin('example.com/feed.json'))).toThrow(TypeError);
  });
});

describe('live mode through a real dev server', () => {
  let origin: Server;
  let originUrl: string;
  let vite: ViteDevServer;
  let viteUrl: string;
  let root: string;
  const seen: string[] = [];
  const encodings: (string | undefined)[] = [];

  beforeAll(async () => {
    origin = createHttpServer((req, res) => {
      seen.push(req.url ?? '');
      encodings.push(req.headers['accept-encoding']);
      const feed = (items: string[], next?: string) =>
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Origin',
          ...(next ? { next_url: next } : {}),
          items: items.map((id) => ({ id, content_text: id })),
        });
      // No CORS headers: only a same-origin proxy can read these.
      if (req.url === '/blog/feed.json') {
        res.writeHead(200, { 'Content-Type': 'application/feed+json' });
        res.end(feed(['a', 'b'], `${originUrl}/blog/feed-2.json`));
      } else if (req.url === '/blog/feed-2.json') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(feed(['c'], 'feed-3.json'));
      } else if (req.url === '/moved.json') {
        res.writeHead(301, { Location: `${originUrl}/blog/feed.json` });
        res.end();
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('missing');
      }
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;

    root = await mkdtemp(path.join(tmpdir(), 'oj-live-'));
    await writeFile(
      path.join(root, 'probe.js'),
      'export const feed = import.meta.env.VITE_FEED_URL;\nexport const live = import.meta.env.VITE_LIVE_FEED;\n',
    );
    vite = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [liveFeedPlugin(`${originUrl}/blog/feed.json`)],
      server: { host: '127.0.0.1', port: 0, strictPort: true, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await vite.listen();
    viteUrl = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    // These requests go to real servers on this machine, not to the mocks.
    mswServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
  });

  afterAll(async () => {
    await vite?.close();
    await new Promise((resolve) => origin?.close(resolve));
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('serves the feed on its own origin, with an absolute next_url moved under the proxy', async () => {
    const response = await fetch(`${viteUrl}/__live-feed/blog/feed.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json');
    const feed = (await response.json()) as { next_url?: string; items: unknown[] };
    expect(feed.items).toHaveLength(2);
    expect(feed.next_url).toBe('/__live-feed/blog/feed-2.json');

    const second = await fetch(new URL(feed.next_url ?? '', viteUrl));
    const page2 = (await second.json()) as { next_url?: string };
    // Relative: it already resolves through the proxy.
    expect(page2.next_url).toBe('feed-3.json');
    expect(seen).toEqual(expect.arrayContaining(['/blog/feed.json', '/blog/feed-2.json']));
    // Asked uncompressed, so the proxy can read the body whatever the browser accepts.
    expect(new Set(encodings)).toEqual(new Set(['identity']));
  });

  it('follows redirects on the server and passes errors through', async () => {
    const moved = await fetch(`${viteUrl}/__live-feed/moved.json`);
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { title: string }).title).toBe('Origin');
    const missing = await fetch(`${viteUrl}/__live-feed/nothing.json`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('missing');
  });

  it('hands the reader the proxied feed URL and turns the mocks off', async () => {
    const probe = await vite.transformRequest('/probe.js');
    expect(probe?.code).toContain('"VITE_FEED_URL": "/__live-feed/blog/feed.json"');
    expect(probe?.code).toContain(`"VITE_LIVE_FEED": "${originUrl}/blog/feed.json"`);
  });
});
