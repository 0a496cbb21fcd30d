import { chromium, type APIRequestContext, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { chromiumLaunch } from '../../playwright.config';
import { expect, test } from './fixtures';

const run = promisify(execFile);

async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toMatch(/\/sw\.js$/);
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchIcon(request: APIRequestContext, src: string) {
  const response = await request.get(
    new URL(src, 'http://127.0.0.1:4173/manifest.webmanifest').pathname,
  );
  expect(response.status(), src).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  return pngSize(await response.body());
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

test('the web app manifest describes the publication, with PNG icons of the stated sizes', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');

  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: 'The Odessa Journal',
    short_name: 'Odessa Journal',
    description: 'About past, present and future of Ukraine',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#ffffff',
    background_color: '#ffffff',
  });

  const find = (size: string, purpose: string) =>
    manifest.icons.find(
      (icon) => icon.sizes === size && (icon.purpose ?? 'any').split(/\s+/).includes(purpose),
    );
  for (const [size, purpose] of [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ] as const) {
    const icon = find(size, purpose);
    expect(icon, `${size} ${purpose} icon`).toBeDefined();
    expect(icon!.type).toBe('image/png');
    const [width, height] = size.split('x').map(Number);
    expect(await fetchIcon(request, icon!.src)).toEqual({ width, height });
  }

  // The favicon comes from the same SVG, and the page links it (plus the PNG fallbacks).
  const favicon = await request.get('/favicon.svg');
  expect(favicon.status()).toBe(200);
  expect(await favicon.text()).toContain('<svg');
  await expect(page.locator('link[rel="icon"][href="/favicon.svg"]').first()).toBeAttached();
  await expect(page.locator('link[rel="apple-touch-icon"]')).toBeAttached();
  // Light and dark theme colours stay in the page.
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test('Chromium finds the reader installable', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'oj-install-'));
  // A persistent profile: in an incognito context Chromium reports `in-incognito`.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumLaunch.executablePath,
    args: [...chromiumLaunch.args, '--bypass-app-banner-engagement-checks'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL!);
    await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => {
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        return installabilityErrors;
      })
      .toEqual([]);
    // Chromium offers installation (beforeinstallprompt), and the header offers it on.
    await expect(page.getByRole('button', { name: 'Install app' })).toBeVisible();
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * A static server for a built reader whose folder can be swapped while it runs: a new
 * deployment at the same origin. Unknown paths without an extension get index.html.
 */
async function serveBuild(initialRoot: string) {
  let root = initialRoot;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = resolve(root, `.${pathname}`);
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        if (extname(pathname)) {
          res.writeHead(404).end();
          return;
        }
        file = join(root, 'index.html');
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    switchTo: (next: string) => {
      root = next;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function build(outDir: string, buildId: string) {
  await run(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { env: { ...process.env, BUILD_ID: buildId }, cwd: process.cwd() },
  );
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  return html.match(/<script type="module"[^>]*src="([^"]+)"/)![1]!;
}

test('a new deployment brings up the update prompt, and "Reload" lands on it', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'oj-deploys-'));
  const first = join(dir, 'first');
  const second = join(dir, 'second');
  const [firstScript, secondScript] = await Promise.all([
    build(first, 'e2e-first'),
    build(second, 'e2e-second'),
  ]);
  expect(secondScript).not.toBe(firstScript);
  const server = await serveBuild(first);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
    await waitForServiceWorker(page);
    await expect(page.locator('script[type="module"]')).toHaveAttribute('src', firstScript);
    await expect(page.getByText('A new version is available')).toHaveCount(0);

    server.switchTo(second);
    // What the hourly and on-focus checks do: ask the browser to look for a new worker.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('region', { name: 'Update' });
    await expect(prompt.getByText('A new version is available')).toBeVisible({ timeout: 15_000 });
    // The old version keeps running until the reader says so.
    await expect(page.locator('script[type="module"]')).toHaveAttribute('src', firstScript);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('script[type="module"]')).toHaveAttribute('src', secondScript, {
      timeout: 15_000,
    });
    await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
    await expect(page.getByText('A new version is available')).toHaveCount(0);
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return Boolean(registration?.waiting);
    });
    expect(waiting).toBe(false);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
