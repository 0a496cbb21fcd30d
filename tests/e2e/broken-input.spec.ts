/**
 * Broken feeds, as a server or a network can break them: each gives a clear alert with
 * "Try again" (never a blank page), costs a bounded number of requests (transient
 * failures are retried three times with back-off, permanent ones not at all), and keeps
 * whatever good articles were already read.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

// The service worker would fetch feed pages itself, out of reach of page.route.
test.use({ serviceWorkers: 'block' });

const FEED = '**/feed.json';
const PAGE_2 = '**/feed-2.json';

interface Story {
  id: string;
  title: string;
}

/** A page of a plain-looking publication: `count` stories in section "News", newest first. */
function feedPage(page: number, count: number, nextUrl?: string) {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `p${page}-${index + 1}`,
    title: `Page ${page} story ${index + 1}`,
    summary: `Summary of page ${page}, story ${index + 1}.`,
    content_html: `<p>Body of page ${page}, story ${index + 1}.</p>`,
    date_published: new Date(Date.UTC(2025, 0, 31 - page * 5 - index, 12)).toISOString(),
    authors: [{ name: 'Olena Kovalenko' }],
    _journal: { section: 'News', views: 10, featured: index === 0 },
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Broken Times',
    description: 'A publication whose server misbehaves',
    home_page_url: 'http://127.0.0.1:4173/',
    ...(nextUrl ? { next_url: nextUrl } : {}),
    _journal: { sections: [{ slug: 'news', name: 'News' }] },
    items,
  };
}

function stories(feed: { items: Story[] }): string[] {
  return feed.items.map((item) => item.title);
}

function json(route: Route, body: unknown, headers: Record<string, string> = {}) {
  return route.fulfill({
    status: 200,
    contentType: 'application/feed+json',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Counts the requests for a URL pattern, with when each was made. */
function countRequests(page: Page, pattern: RegExp) {
  const times: number[] = [];
  page.on('request', (request) => {
    if (pattern.test(request.url())) times.push(Date.now());
  });
  return {
    get count() {
      return times.length;
    },
    gaps: () => times.slice(1).map((time, index) => time - times[index]!),
  };
}

const FIRST_PAGE_RE = /\/feed\.json(?:\?|$)/;
const SECOND_PAGE_RE = /\/feed-2\.json(?:\?|$)/;

async function expectFeedAlert(page: Page, text: RegExp | string, timeout?: number) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(text, { timeout });
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Never a blank page: the banner and navigation stay.
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeAttached();
  return alert;
}

/** "More articles": by the button, unless reaching the end of the list already asked. */
async function loadMore(page: Page) {
  const button = page.getByRole('button', { name: 'More articles' });
  await page.mouse.wheel(0, 10_000);
  if (await button.isVisible()) await button.click({ timeout: 2_000 }).catch(() => undefined);
}

/** Long enough for a first retry (1 s back-off) to have happened, were there one. */
async function pastFirstRetry(page: Page) {
  await page.waitForTimeout(1_500);
}

test.describe('a first page that cannot be read', () => {
  test('not JSON: one request, an alert, and "Try again" recovers', async ({ page }) => {
    let broken = true;
    const good = feedPage(1, 3);
    await page.route(FEED, (route) =>
      broken ? json(route, '<!doctype html><title>Oops</title>') : json(route, good),
    );
    const requests = countRequests(page, FIRST_PAGE_RE);
    await page.goto('/');
    const alert = await expectFeedAlert(page, 'The feed is not valid JSON.');
    await pastFirstRetry(page);
    expect(requests.count).toBe(1);

    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
    await expect(page.getByRole('link', { name: stories(good)[0]!, exact: true })).toHaveCount(2);
    expect(requests.count).toBe(2);
  });

  test('JSON that is not a feed: one request and an alert', async ({ page }) => {
    await page.route(FEED, (route) =>
      json(route, { rss: { channel: { title: 'Not JSON Feed' } } }),
    );
    const requests = countRequests(page, FIRST_PAGE_RE);
    await page.goto('/');
    await expectFeedAlert(page, 'This address does not serve a JSON Feed.');
    await pastFirstRetry(page);
    expect(requests.count).toBe(1);
  });

  test('a body cut off mid-way: one request and an alert', async ({ page }) => {
    const whole = JSON.stringify(feedPage(1, 5));
    await page.route(FEED, (route) => json(route, whole.slice(0, Math.floor(whole.length * 0.6))));
    const requests = countRequests(page, FIRST_PAGE_RE);
    await page.goto('/');
    await expectFeedAlert(page, 'The feed is not valid JSON.');
    await pastFirstRetry(page);
    expect(requests.count).toBe(1);
  });
});

test.describe('HTTP errors', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded/] });

  test('404 is permanent: one request, no retry', async ({ page }) => {
    await page.route(FEED, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const requests = countRequests(page, FIRST_PAGE_RE);
    await page.goto('/section/news');
    await expectFeedAlert(page, 'HTTP 404');
    await pastFirstRetry(page);
    expect(requests.count).toBe(1);
  });

  test('500 is transient: three retries after 1 s, 2 s and 4 s, then the alert', async ({
    page,
  }) => {
    await page.route(FEED, (route) => route.fulfill({ status: 500, body: 'Internal error' }));
    const requests = countRequests(page, FIRST_PAGE_RE);
    await page.goto('/');
    await expectFeedAlert(page, 'HTTP 500', 15_000);
    expect(requests.count).toBe(4);
    const gaps = requests.gaps();
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThanOrEqual(1_900);
    expect(gaps[2]).toBeGreaterThanOrEqual(3_900);
    expect(gaps[2]).toBeLessThan(6_000);
    // And no more after the alert.
    await page.waitForTimeout(2_000);
    expect(requests.count).toBe(4);
  });
});

test('a server that never answers times out after 15 s, retried three times', async ({ page }) => {
  // The page's clock is fast-forwarded over the 15 s timeouts and the back-off.
  await page.clock.install();
  await page.route(FEED, () => {
    // Never fulfilled: the connection just hangs.
  });
  const requests = countRequests(page, FIRST_PAGE_RE);
  await page.goto('/');
  const alert = page.getByRole('alert');
  for (let second = 0; second < 120 && !(await alert.isVisible()); second++) {
    await page.clock.runFor(1_000);
  }
  await expectFeedAlert(page, 'The feed took too long to answer.');
  expect(requests.count).toBe(4);
  await page.clock.runFor(30_000);
  expect(requests.count).toBe(4);
});

test('a feed over 20 MB is refused after one request', async ({ page }) => {
  const feed = feedPage(1, 1);
  feed.items[0]!.content_html = `<p>${'x'.repeat(21 * 1024 * 1024)}</p>`;
  const body = JSON.stringify(feed);
  expect(body.length).toBeGreaterThan(20 * 1024 * 1024);
  await page.route(FEED, (route) => json(route, body));
  const requests = countRequests(page, FIRST_PAGE_RE);
  await page.goto('/');
  await expectFeedAlert(page, 'The feed is too large to read.');
  await pastFirstRetry(page);
  expect(requests.count).toBe(1);
});

test('an item that cannot be identified is skipped, not the whole feed', async ({ page }) => {
  const feed = feedPage(1, 3);
  const items: unknown[] = [...feed.items];
  items.splice(1, 0, { title: 'No id at all' }, 'not even an object', { id: { x: 1 } });
  await page.route(FEED, (route) => json(route, { ...feed, items }));
  await page.goto('/section/news');
  for (const title of stories(feed)) {
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByText('No id at all')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('a good first page and a broken second one', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded/] });

  test('the first page stays; "More articles" says what failed and offers "Try again"', async ({
    page,
  }) => {
    const first = feedPage(1, 4, 'feed-2.json');
    const second = feedPage(2, 3);
    let broken = true;
    await page.route(FEED, (route) => json(route, first));
    await page.route(PAGE_2, (route) =>
      broken ? route.fulfill({ status: 404, body: 'gone' }) : json(route, second),
    );
    const secondRequests = countRequests(page, SECOND_PAGE_RE);

    await page.goto('/');
    await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
    expect(secondRequests.count).toBe(0);

    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'News' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    // The list is short: its end is in view, which asks for more at once.
    await loadMore(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('More articles could not be loaded.');
    await expect(alert).toContainText('HTTP 404');
    for (const title of stories(first)) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    // The end of the list stays in view, yet nothing is fetched until the reader asks.
    await page.mouse.wheel(0, 10_000);
    await pastFirstRetry(page);
    expect(secondRequests.count).toBe(1);

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toContainText('HTTP 404');
    await pastFirstRetry(page);
    expect(secondRequests.count).toBe(2);

    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    for (const title of stories(second)) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(secondRequests.count).toBe(3);
  });

  test('a deep link whose walk meets the broken page shows the error, not "not found"', async ({
    page,
  }) => {
    await page.route(FEED, (route) => json(route, feedPage(1, 2, 'feed-2.json')));
    await page.route(PAGE_2, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const secondRequests = countRequests(page, SECOND_PAGE_RE);
    await page.goto('/article/an-article-on-a-later-page-abc123');
    await expectFeedAlert(page, 'HTTP 404');
    await pastFirstRetry(page);
    expect(secondRequests.count).toBe(1);
    await page.getByRole('banner').getByRole('link', { name: 'Broken Times' }).click();
    await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
  });
});

test.describe('a next page on another origin that refuses CORS', () => {
  // One pattern: a two-element array would read as a fixture tuple.
  test.use({
    allowedConsoleErrors: [/blocked by CORS policy|Failed to load resource: net::ERR_FAILED/],
  });

  // A real server on another port (another origin): a fulfilled route would skip the
  // browser's CORS check.
  let server: Server;
  let origin = '';
  let cors = false;
  let body = '';
  test.beforeEach(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/feed+json',
        ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('is retried as a network failure, then "Try again" recovers once it allows it', async ({
    page,
  }) => {
    const first = feedPage(1, 3, `${origin}/feed-2.json`);
    const second = feedPage(2, 2);
    body = JSON.stringify(second);
    cors = false;
    await page.route(FEED, (route) => json(route, first));
    const secondRequests = countRequests(page, new RegExp(`${origin}/feed-2\\.json`));

    await page.goto('/section/news');
    await loadMore(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The feed could not be reached.', { timeout: 15_000 });
    expect(secondRequests.count).toBe(4);
    for (const title of stories(first)) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    await pastFirstRetry(page);
    expect(secondRequests.count).toBe(4);

    cors = true;
    await alert.getByRole('button', { name: 'Try again' }).click();
    for (const title of stories(second)) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    expect(secondRequests.count).toBe(5);
  });
});

test.describe('a next_url loop (page 2 links back to page 1)', () => {
  test('ends the walk: each page is fetched once, and nothing breaks', async ({ page }) => {
    const first = feedPage(1, 3, 'feed-2.json');
    const second = feedPage(2, 3, 'http://127.0.0.1:4173/feed.json');
    await page.route(FEED, (route) => json(route, first));
    await page.route(PAGE_2, (route) => json(route, second));
    const firstRequests = countRequests(page, FIRST_PAGE_RE);
    const secondRequests = countRequests(page, SECOND_PAGE_RE);

    await page.goto('/section/news');
    await loadMore(page);
    for (const title of [...stories(first), ...stories(second)]) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'More articles' })).toHaveCount(0);
    await page.mouse.wheel(0, 10_000);
    await pastFirstRetry(page);
    expect([firstRequests.count, secondRequests.count]).toEqual([1, 1]);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a deep link to a missing article walks the loop once and says "not found"', async ({
    page,
  }) => {
    await page.route(FEED, (route) => json(route, feedPage(1, 2, 'feed-2.json')));
    await page.route(PAGE_2, (route) => json(route, feedPage(2, 2, '/feed.json')));
    const firstRequests = countRequests(page, FIRST_PAGE_RE);
    const secondRequests = countRequests(page, SECOND_PAGE_RE);
    await page.goto('/article/missing-article-abc123');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article not found');
    expect([firstRequests.count, secondRequests.count]).toEqual([1, 1]);
  });

  test('a search walks the loop once and says there is no result', async ({ page }) => {
    await page.route(FEED, (route) => json(route, feedPage(1, 2, 'feed-2.json')));
    await page.route(PAGE_2, (route) => json(route, feedPage(2, 2, 'feed.json')));
    const firstRequests = countRequests(page, FIRST_PAGE_RE);
    const secondRequests = countRequests(page, SECOND_PAGE_RE);
    await page.goto('/search?q=zebra');
    await expect(page.getByText('No results for “zebra”')).toBeVisible();
    expect([firstRequests.count, secondRequests.count]).toEqual([1, 1]);
  });
});
