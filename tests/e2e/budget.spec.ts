import { expect, test } from '@playwright/test';
import { coldLoadScripts, FIRST_LOAD_BUDGET, MAIN_CONTENT } from '../../scripts/first-load-js';

// A cold load: nothing cached, no service worker yet.
test.use({ serviceWorkers: 'block' });

test("Main's first-load JavaScript stays within the budget", async ({ page }) => {
  const load = await coldLoadScripts(page, '/', 'dist', MAIN_CONTENT);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  test.info().annotations.push({
    type: 'first-load JS (gzip)',
    description: `critical ${kb(load.critical.gzipBytes)} in ${load.critical.files} files; all ${kb(load.all.gzipBytes)}`,
  });
  expect(
    load.critical.gzipBytes,
    `Main's critical JS is ${kb(load.critical.gzipBytes)} gzip (${load.critical.paths.join(', ')}); the budget is ${kb(FIRST_LOAD_BUDGET.gzipBytes)}`,
  ).toBeLessThanOrEqual(FIRST_LOAD_BUDGET.gzipBytes);

  // What must stay out of the first load: the sanitiser, the search index and engine,
  // the other pages, the service worker's registration.
  const lazy =
    /\/(sanitize|search-index|search-engine|search\.worker|search|article|section|author|saved|update-prompt|workbox-window)[-.]/;
  expect(load.critical.paths.filter((path) => lazy.test(path))).toEqual([]);
  // The registration does load, once the page is idle.
  expect(load.all.paths.some((path) => /\/update-prompt-/.test(path))).toBe(true);
});
