import { expect, test } from './fixtures';

test('Main → section → article → author, with names from the contract', async ({ page }) => {
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'The Odessa Journal' })).toBeVisible();
  await expect(banner.getByText('About past, present and future of Ukraine')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
  await expect(page).toHaveTitle('The Odessa Journal');

  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Culture' }).click();
  await expect(page).toHaveURL(/\/section\/culture$/);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Culture');
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle('Culture — The Odessa Journal');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Main' })).toBeVisible();

  const firstArticle = page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .first()
    .getByRole('link');
  const title = (await firstArticle.textContent())!.trim();
  await firstArticle.click();
  await expect(page).toHaveURL(/\/article\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Culture' }),
  ).toBeVisible();
  await expect(page.getByText(/^[\d,]+ views?$/)).toBeVisible();
  await expect(page.locator('article time[datetime]').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Share this article' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();

  await page.getByRole('link', { name: 'More articles', exact: true }).click();
  await expect(page).toHaveURL(/\/author\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('a deep link to an article on a later feed page survives a reload', async ({ page }) => {
  // The oldest article of the feed is only on its last page.
  const lastPage = await (await page.request.get('/feed-3.json')).json();
  const item = lastPage.items.at(-1) as { title: string; _journal: { section: string } };
  const firstPage = await (await page.request.get('/feed.json')).text();
  expect(firstPage, 'the article should only be on a later page').not.toContain(item.title);

  await page.goto(`/section/${item._journal.section.toLowerCase()}`);
  const link = page.getByRole('link', { name: item.title, exact: true });
  await expect
    .poll(
      async () => {
        await page.mouse.wheel(0, 20_000);
        return link.count();
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
});

test('a section loads further feed pages on reaching the end of the list', async ({ page }) => {
  const firstPage = await (await page.request.get('/feed.json')).json();
  const onFirstPage = firstPage.items.filter(
    (item: { _journal?: { section?: string } }) => item._journal?.section === 'War',
  ).length;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto('/section/war');
  await expect(page.getByRole('heading', { level: 1, name: 'War' })).toBeVisible();
  await expect
    .poll(
      async () => {
        await page.mouse.wheel(0, 20_000);
        return requested.some((url) => /feed-2\.json$/.test(url));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const headlines = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect.poll(() => headlines.count()).toBeGreaterThan(onFirstPage);
});

test('Copy link puts the canonical URL on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/article\//);
  const path = new URL(page.url()).pathname;
  await page.goto(`${path}?utm_source=test#comments`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${path}`);
});

test('an unknown URL says "Page not found" with a link to Main', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Main' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test.describe('not found', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  test('an article that is in no feed page says not found after the walk', async ({ page }) => {
    await page.goto('/article/no-such-story-zzzzzz');
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
  });
});

test('the theme toggle wins over the system and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

test('every share link carries the canonical URL, encoded, and opens safely', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  const first = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const url = `${baseURL}${new URL(page.url()).pathname}`;
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const group = page.getByRole('group', { name: 'Share this article' });
  const expected: Record<string, string> = {
    'Share on Facebook': `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    'Share on X': `https://x.com/intent/tweet?url=${u}&text=${t}`,
    'Share on Telegram': `https://t.me/share/url?url=${u}&text=${t}`,
    'Share on WhatsApp': `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    'Share on LinkedIn': `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    'Share by email': `mailto:?subject=${t}&body=${u}`,
  };
  for (const [name, href] of Object.entries(expected)) {
    const link = group.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', href);
    if (!href.startsWith('mailto:')) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
    }
  }
  expect(expected['Share by email']).not.toContain('+');
});
