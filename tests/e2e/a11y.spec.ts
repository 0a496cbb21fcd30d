import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/**
 * axe-core on every route, light and dark, at phone and desktop widths: zero
 * violations of any impact. Colour contrast is checked in both themes.
 */
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

async function routes(page: import('@playwright/test').Page) {
  await page.goto('/');
  const article = await page.locator('main a[href*="/article/"]').first().getAttribute('href');
  await page.goto(article!);
  const author = await page
    .getByRole('link', { name: 'More articles', exact: true })
    .getAttribute('href');
  return [
    '/',
    '/section/diplomacy',
    article!,
    author!,
    '/search?q=Odesa',
    '/saved',
    '/no-such-page',
  ];
}

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    test(`no axe violations at ${viewport.name} width, ${scheme}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize(viewport);
      for (const path of await routes(page)) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (violation) =>
            `${path}: ${violation.id} (${violation.impact}) ${violation.nodes
              .slice(0, 3)
              .map((node) => node.target.join(' '))
              .join(' | ')}`,
        );
        expect(violations, `axe violations on ${path}`).toEqual([]);
      }
    });
  }
}
