import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { serveGeneratedFeed } from '../../bench/search-long-tasks';
import { buildFeedPages } from '../../mocks/data/feed-pages.ts';
import { generateItems } from '../../mocks/data/generator.ts';
import { expect, test } from './fixtures';

/**
 * A section of 10,000 articles, served as ten feed pages of 1,000: reading to its end
 * keeps the page under 1,500 elements at every step, because the list only holds the
 * rows around the viewport.
 */
const SECTION_SIZE = 10_000;
const PAGE_SIZE = 1_000;
const DOM_BUDGET = 1_500;
/** One scroll step, in pixels: a hard flick of the wheel. */
const WHEEL_STEP = 40_000;
/** Reading to the end: a few hundred rows a step (the list is some 2,000,000 px long). */
const READ_STEP = 100_000;

// Every generated article is moved into War, so the section page lists all of them.
const items = generateItems({ seed: 10_000, count: SECTION_SIZE }).map((item) => ({
  ...item,
  _journal: { ...item._journal, section: 'War' },
}));
const feedPages = buildFeedPages(items, PAGE_SIZE);
const bodies = new Map(feedPages.map((page) => [page.fileName, JSON.stringify(page.feed)]));
const oldest = feedPages.at(-1)!.feed.items.at(-1)!;

// The feed comes from page.route: the app's service worker must not answer in its place.
test.use({ serviceWorkers: 'block' });

/** The list's rows (the breadcrumb is a list too). */
const rows = (page: Page) => page.locator('main li[aria-posinset]');
const row = (page: Page, position: number) => page.locator(`main li[aria-posinset="${position}"]`);
const elementCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** Waits until the page has stopped scrolling and has rendered what the scroll asked for. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = -1;
    while (last !== window.scrollY) {
      last = window.scrollY;
      await frame();
      await frame();
    }
  });
}

async function openLongSection(page: Page) {
  await serveGeneratedFeed(page, bodies);
  await page.goto('/section/war');
  // The first page alone is 1,000 articles to read and check: give it time.
  await expect(page.getByRole('heading', { level: 1, name: 'War' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(row(page, 1)).toBeVisible();
}

/**
 * Scrolls down with the wheel until the last feed page is loaded and the end of the list
 * is on screen, checking the size of the page after every step. Returns the counts.
 */
async function readToTheEnd(page: Page, maxSteps = 200): Promise<number[]> {
  const counts: number[] = [];
  const more = page.getByRole('button', { name: /More articles|Loading…/ });
  for (let step = 1; step <= maxSteps; step += 1) {
    await page.mouse.wheel(0, READ_STEP);
    await settle(page);
    const count = await elementCount(page);
    counts.push(count);
    expect(count, `elements in the page after scroll step ${step}`).toBeLessThan(DOM_BUDGET);
    const atBottom = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (atBottom && (await more.count()) === 0) return counts;
  }
  throw new Error(`the end of the section was not reached in ${maxSteps} scroll steps`);
}

/** The rendered rows follow each other with no gap and no overlap. */
async function expectRowsToStack(page: Page) {
  const boxes = await rows(page).evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        position: Number(element.getAttribute('aria-posinset')),
        top: rect.top,
        bottom: rect.bottom,
      };
    }),
  );
  expect(boxes.length).toBeGreaterThan(1);
  for (let index = 1; index < boxes.length; index += 1) {
    const [above, below] = [boxes[index - 1]!, boxes[index]!];
    if (below.position !== above.position + 1) continue;
    expect(
      Math.abs(below.top - above.bottom),
      `rows ${above.position}/${below.position}`,
    ).toBeLessThan(1);
  }
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`reading all 10,000 articles of a section keeps the page small, ${viewport.name}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await openLongSection(page);
    // More pages exist, so the list does not claim a size yet.
    await expect(row(page, 1)).toHaveAttribute('aria-setsize', '-1');
    const atStart = await elementCount(page);
    expect(atStart).toBeLessThan(DOM_BUDGET);

    const counts = await readToTheEnd(page);
    // Printed, for the record (docs/decisions/0007-virtualised-lists.md).
    console.log(
      `${viewport.name}: ${atStart} elements at the start, ${counts.length} scroll steps, at most ${Math.max(...counts)} elements, ${await elementCount(page)} at the end`,
    );

    const last = row(page, SECTION_SIZE);
    await expect(last.getByRole('link', { name: oldest.title!, exact: true })).toBeInViewport();
    await expect(last).toHaveAttribute('aria-setsize', String(SECTION_SIZE));
    await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(SECTION_SIZE));
    expect(await rows(page).count()).toBeLessThan(40);
    await expectRowsToStack(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0);

    // Back up through rows never shown before: they are measured as they come, and the
    // rows around the viewport still follow each other exactly.
    for (let step = 0; step < 3; step += 1) {
      await page.mouse.wheel(0, -WHEEL_STEP / 4);
      await settle(page);
      expect(await elementCount(page)).toBeLessThan(DOM_BUDGET);
    }
    await expectRowsToStack(page);
  });
}

test('a focused card stays in the page while the list scrolls, and Tab goes on from it', async ({
  page,
}) => {
  await openLongSection(page);
  const third = row(page, 3).getByRole('heading', { level: 2 }).getByRole('link');
  await third.focus();
  await page.mouse.wheel(0, WHEEL_STEP);
  await settle(page);
  // Far below it now: the rows around the viewport are other ones, the focused one stays.
  await expect(row(page, 1)).toHaveCount(0);
  await expect(third).toBeFocused();
  expect(await elementCount(page)).toBeLessThan(DOM_BUDGET);
  // The rows in the page, far from the list's start, are still a valid list.
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  await page.keyboard.press('Tab');
  const fourth = row(page, 4).getByRole('heading', { level: 2 }).getByRole('link');
  await expect(fourth).toBeFocused();
  await expect(fourth).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(row(page, 2).getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused();

  // Tab on through the list: every card in turn, each scrolled into view.
  for (let position = 3; position <= 40; position += 1) {
    await page.keyboard.press('Tab');
    const link = row(page, position).getByRole('heading', { level: 2 }).getByRole('link');
    await expect(link, `card ${position}`).toBeFocused();
    await expect(link).toBeInViewport();
  }
  expect(await elementCount(page)).toBeLessThan(DOM_BUDGET);
});

test('back from an article returns to the same place in a long section', async ({ page }) => {
  await openLongSection(page);
  for (let step = 0; step < 3; step += 1) {
    await page.mouse.wheel(0, WHEEL_STEP / 2);
    await settle(page);
  }
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(50_000);
  // The first row whose top is on screen, and where it is.
  const anchor = await rows(page).evaluateAll((elements) => {
    const visible = elements.find((element) => element.getBoundingClientRect().top >= 0)!;
    return {
      position: visible.getAttribute('aria-posinset')!,
      top: visible.getBoundingClientRect().top,
    };
  });
  const link = row(page, Number(anchor.position))
    .getByRole('heading', { level: 2 })
    .getByRole('link');
  const title = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'War' })).toBeAttached();
  await settle(page);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(2);
  const back = row(page, Number(anchor.position));
  await expect(back.getByRole('link', { name: title, exact: true })).toBeInViewport();
  const top = await back.evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(top - anchor.top)).toBeLessThan(2);
});

test('printed, a long section is the rows in the page, not a page-long gap', async ({ page }) => {
  await openLongSection(page);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(100_000);
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(10_000);
  await expect(row(page, 1)).toBeVisible();
  await expectRowsToStack(page);
});
