import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: [/Failed to load resource/] });

test('a feed that is not JSON gives an alert with "Try again", which recovers', async ({
  page,
}) => {
  let broken = true;
  await page.route('**/feed.json', async (route) => {
    if (broken)
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"version": "https://jsonfeed.org/version/1.1", "items": [',
      });
    else await route.fallback();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not valid JSON');
  await expect(page.getByRole('banner')).toBeVisible();

  broken = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('complementary', { name: 'Top articles' })).toBeVisible();
});

test('an HTTP 404 for the feed is an alert, not a blank page', async ({ page }) => {
  await page.route('**/feed.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/section/war');
  await expect(page.getByRole('alert')).toContainText('404');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
