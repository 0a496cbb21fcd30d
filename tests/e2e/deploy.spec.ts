import { request as httpGet, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The production nginx configuration (deploy/) as readers meet it: caching, the SPA
 * fallback, real 404s, compression, security headers, and a Content-Security-Policy the
 * app runs within. Runs in the `nginx` project (scripts/nginx-test-server.mjs).
 */

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Directive name → its sources, e.g. `script-src` → ["'self'"]. */
function parsePolicy(policy: string | undefined): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = parsePolicy(headers['content-security-policy']);
  expect(policy.get('default-src'), 'default-src').toEqual(["'self'"]);
  expect(policy.get('script-src'), 'script-src').toEqual(["'self'"]);
  expect(policy.get('object-src'), 'object-src').toEqual(["'none'"]);
  expect(policy.get('frame-ancestors'), 'frame-ancestors').toEqual(["'none'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
}

async function expectIndexHtml(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/html/);
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(await response.text()).toContain('<div id="root">');
  expectSecurityHeaders(response);
}

async function expectNotFound(response: APIResponse) {
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain('<div id="root">');
  expect(response.headers()['cache-control'] ?? '').not.toContain('immutable');
  expectSecurityHeaders(response);
}

/** The hashed script and stylesheet that index.html loads. */
async function hashedAssets(request: APIRequestContext) {
  const html = await (await request.get('/')).text();
  const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  const stylesheet = /<link rel="stylesheet"[^>]* href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  expect(script, 'index.html loads a hashed script').toBeDefined();
  expect(stylesheet, 'index.html loads a hashed stylesheet').toBeDefined();
  return { script: script!, stylesheet: stylesheet! };
}

/** A GET whose body stays as the server sent it (Playwright's client would inflate it). */
function getRaw(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      httpGet(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      })
        .on('error', reject)
        .end();
    },
  );
}

async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
}

const cspViolations = (page: Page) => page.evaluate(() => window.__cspViolations);

test.describe('responses', () => {
  test('Main is index.html, revalidated, with the security headers', async ({ request }) => {
    await expectIndexHtml(await request.get('/'));
  });

  test('a deep link falls back to index.html with the same headers', async ({ request }) => {
    const main = await (await request.get('/')).text();
    const deepLink = await request.get('/article/anything');
    await expectIndexHtml(deepLink);
    expect(await deepLink.text()).toBe(main);
    await expectIndexHtml(await request.get('/section/war?page=2'));
  });

  test('hashed assets are immutable for a year, with their own types', async ({ request }) => {
    const { script, stylesheet } = await hashedAssets(request);
    const js = await request.get(script);
    expect(js.status()).toBe(200);
    expect(js.headers()['cache-control']).toBe(IMMUTABLE);
    expect(js.headers()['content-type']).toMatch(/^(application|text)\/javascript/);
    expectSecurityHeaders(js);
    const css = await request.get(stylesheet);
    expect(css.status()).toBe(200);
    expect(css.headers()['cache-control']).toBe(IMMUTABLE);
    expect(css.headers()['content-type']).toMatch(/^text\/css/);
  });

  test('JavaScript goes out gzipped to a browser that accepts it', async ({ request, baseURL }) => {
    const { script } = await hashedAssets(request);
    const plain = await getRaw(`${baseURL}${script}`, { 'accept-encoding': 'identity' });
    const gzipped = await getRaw(`${baseURL}${script}`, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
  });

  test('feed pages are JSON, revalidated, and gzipped', async ({ request, baseURL }) => {
    const first = await request.get('/feed.json');
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toMatch(/^application\/(feed\+)?json/);
    expect(first.headers()['cache-control']).toBe('no-cache');
    expectSecurityHeaders(first);
    const feed = (await first.json()) as { version: string; next_url?: string };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');

    // The page after it, as the reader follows next_url.
    expect(feed.next_url, 'feed.json links a next page').toBeTruthy();
    const next = await request.get(new URL(feed.next_url!, `${baseURL}/feed.json`).href);
    expect(next.status()).toBe(200);
    expect(next.headers()['content-type']).toMatch(/^application\/(feed\+)?json/);
    expect(next.headers()['cache-control']).toBe('no-cache');

    const raw = await getRaw(`${baseURL}/feed.json`, { 'accept-encoding': 'gzip' });
    expect(raw.headers['content-encoding']).toBe('gzip');
  });

  test('a missing feed page is a 404, not index.html', async ({ request }) => {
    await expectNotFound(await request.get('/feed-999.json'));
  });

  test('a missing asset is a 404, not index.html, and not cached for a year', async ({
    request,
  }) => {
    await expectNotFound(await request.get('/assets/missing.js'));
  });

  test('the service worker and the manifest are never index.html', async ({ request }) => {
    for (const path of ['/sw.js', '/registerSW.js']) {
      const response = await request.get(path);
      if (response.status() === 404) continue;
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(/javascript/);
      expect(response.headers()['cache-control'], path).toBe('no-cache');
    }
    const manifest = await request.get('/manifest.webmanifest');
    if (manifest.status() !== 404) {
      expect(manifest.status()).toBe(200);
      expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
      expect(manifest.headers()['cache-control']).toBe('no-cache');
    }
  });

  test('the unhashed theme script is revalidated on every use', async ({ request }) => {
    const response = await request.get('/theme-init.js');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(response.headers()['cache-control']).toBe('no-cache');
  });

  test('dot-files stay private', async ({ request }) => {
    await expectNotFound(await request.get('/.env'));
  });

  test('the policy allows no inline or eval’d script and no inline style', async ({ request }) => {
    const policy = parsePolicy((await request.get('/')).headers()['content-security-policy']);
    for (const directive of ['script-src', 'style-src']) {
      const sources = policy.get(directive) ?? [];
      expect(sources, directive).toContain("'self'");
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
    }
    expect(policy.has('script-src-elem') || policy.has('script-src-attr')).toBe(false);
  });
});

test.describe('the app under its Content-Security-Policy', () => {
  test('Main and an article load with no violation', async ({ page }) => {
    await recordCspViolations(page);
    await page.goto('/');
    await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);

    await page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .first()
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(/\/article\/[^/]+$/);
    await expect(page.getByRole('group', { name: 'Share this article' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);

    // The same article as a deep link: a fresh document through the SPA fallback.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Share this article' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);
  });

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/Content Security Policy/] });

    test('the policy is enforced: inline script and style are blocked', async ({ page }) => {
      await recordCspViolations(page);
      await page.goto('/');
      await expect(page.getByRole('banner')).toBeVisible();
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true;';
        document.head.append(script);
        document.body.setAttribute('style', 'outline: 1px solid red');
        return '__inlineScriptRan' in window;
      });
      expect(ran).toBe(false);
      await expect
        .poll(() => cspViolations(page))
        .toEqual(
          expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/)]),
        );
      await expect
        .poll(() => cspViolations(page))
        .toEqual(expect.arrayContaining([expect.stringMatching(/^style-src-attr blocked inline/)]));
    });
  });
});
