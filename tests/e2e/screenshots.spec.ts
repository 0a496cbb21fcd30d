import { expect, test } from './fixtures';

/**
 * Every page at phone and desktop width, light and dark: a full-page screenshot for
 * people to look at (test-results/screenshots/), and checks a picture cannot make:
 * nothing is wider than the screen, and the theme really applies.
 */
const pages = [
  { name: 'main', path: '/' },
  { name: 'section', path: '/section/diplomacy' },
  { name: 'article', path: null },
  { name: 'author', path: null },
  { name: 'search', path: '/search?q=Odesa' },
  { name: 'not-found', path: '/no-such-page' },
];
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    test(`screens at ${viewport.name} width, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(viewport);
      await page.goto('/');
      const article = await page
        .getByRole('main')
        .getByRole('heading', { level: 2 })
        .first()
        .getByRole('link')
        .getAttribute('href');
      await page.goto(article!);
      const author = await page
        .getByRole('link', { name: 'More articles', exact: true })
        .getAttribute('href');

      for (const entry of pages) {
        const path = entry.path ?? (entry.name === 'article' ? article! : author!);
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${entry.name} is wider than the screen`).toBeLessThanOrEqual(0);
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
        expect(dark).toBe(scheme === 'dark');
        await page.screenshot({
          path: `${process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'}/${entry.name}-${viewport.name}-${scheme}.png`,
          fullPage: true,
        });
      }
    });
  }
}
