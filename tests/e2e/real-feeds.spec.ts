/**
 * Twelve real-world JSON Feeds, quirks and all (see SOURCES.md beside them), each served as
 * the reader's feed.json: Main and an article render with no console error. The machine has
 * no internet, so every request that leaves the reader's origin gets a blank answer
 * (answerOtherOrigins).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeFeed } from '../../src/features/feed/api/normalize-feed';
import { pageMarkupCheck } from '../xss/executable-markup';
import { answerOtherOrigins, expect, test } from './fixtures';

// In CI the repository is cloned next to shared/.
const FEEDS_DIR = path.resolve('../shared/feeds/real');
const FILES = readdirSync(FEEDS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

// The service worker would fetch the feed itself, out of reach of page.route.
test.use({ serviceWorkers: 'block' });

test('the corpus is there', () => {
  expect(FILES).toHaveLength(12);
});

for (const file of FILES) {
  test(`${file}: Main and an article render`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const body = readFileSync(path.join(FEEDS_DIR, file));
    // What the banner must say: the feed's title, or the reader's fallback for it.
    const expected = normalizeFeed(JSON.parse(body.toString('utf8')), `${origin}/feed.json`);

    await answerOtherOrigins(page, origin);
    await page.route('**/feed.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/feed+json', body }),
    );
    // The built-in publication's further pages must not leak into this one.
    await page.route(/\/feed-\d+\.json/, (route) => route.abort());

    await page.goto('/');
    const banner = page.getByRole('banner');
    await expect(
      banner.getByRole('link', { name: expected.meta.title, exact: true }),
    ).toBeVisible();
    const top = page.getByRole('complementary', { name: 'Top articles' });
    await expect(top).toBeVisible();

    const first = top.getByRole('listitem').first().getByRole('link').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(/\/article\/[^/]+$/);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(title);
    const article = page.getByRole('article').filter({ has: h1 });
    // The body: sanitised HTML, or plain text as paragraphs.
    await expect(article.locator('.prose').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'More articles', exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');

    // And the feed's heaviest body (embeds, scripts, tables, long code), loaded directly.
    const richest = expected.articles.reduce((best, candidate) =>
      (candidate.contentHtml ?? '').length > (best.contentHtml ?? '').length ? candidate : best,
    );
    await page.goto(`/article/${encodeURIComponent(richest.slug)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(richest.title);
    await expect(page.locator('article .prose').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const problems = await page.evaluate<string[]>(pageMarkupCheck({ feedHtml: 'prose' }));
    expect(problems).toEqual([]);
  });
}
