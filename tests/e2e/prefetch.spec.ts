import { expect, test, type Request } from '@playwright/test';

// Requests as the page makes them, with no service worker answering from its precache.
test.use({ serviceWorkers: 'block' });

const articleCode = (request: Request) =>
  /\/assets\/(article|sanitize)-[^/]+\.js$/.test(new URL(request.url()).pathname);

test("pointing at an article link loads the article page's code before the click", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (articleCode(request)) requested.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const link = page.locator('main article h2 a').first();
  await expect(link).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested, 'Main alone loads no article code').toEqual([]);

  await link.hover();
  await expect
    .poll(() => requested.map((path) => path.replace(/-[^-/]+\.js$/, '')).sort())
    .toEqual(['/assets/article', '/assets/sanitize']);

  const title = await link.textContent();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title ?? '' })).toBeVisible();
  // The click found the code loaded: nothing was fetched twice.
  expect(requested).toHaveLength(2);
});

test('focusing a section link from the keyboard loads the section page first', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/assets\/section-[^/]+\.js$/.test(path)) requested.push(path);
  });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link').first()).toBeVisible();
  expect(requested).toEqual([]);
  await nav.getByRole('link').first().focus();
  await expect.poll(() => requested.length).toBe(1);
});
