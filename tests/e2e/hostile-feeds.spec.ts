/**
 * A hostile publication: every payload of the script-injection corpus (tests/xss) in every
 * field of a feed item (and of the feed), served as the reader's feed.json. Main, every
 * article page, every section and author page, and a search for each payload must run none
 * of it: no payload reports in, no dialog opens, the page never navigates away, and the DOM
 * holds nothing executable (checked in the page, after React and the sanitiser ran).
 */
import type { Page } from '@playwright/test';
import { normalizeFeed } from '../../src/features/feed/api/normalize-feed';
import { paths } from '../../src/config/paths';
import { pageMarkupCheck } from '../xss/executable-markup';
import { XSS_HARNESS, XSS_PAYLOADS, type XssPayload } from '../xss/payloads';
import { answerOtherOrigins, expect, test } from './fixtures';

const CHUNK = 9;
const CHECK = pageMarkupCheck({ feedHtml: 'prose' });

/** The item fields each payload goes into (two items per payload: see `items`). */
const ITEM_FIELDS = [
  'title',
  'summary',
  'content_html',
  'content_text',
  'authors[].name',
  'authors[].url',
  'authors[].avatar',
  'tags',
  'image',
  'banner_image',
  'url',
  'external_url',
  'attachments[].url',
  '_journal.section',
] as const;

/**
 * Two items per payload: one with an HTML body, and one with `content_text` only (a reader
 * shows `content_html` when there is one, so the text body needs an item of its own).
 */
function items(payload: XssPayload, chunk: number) {
  const value = payload.value;
  const common = {
    title: value,
    summary: value,
    authors: [{ name: value, url: value, avatar: value }],
    tags: [value, 'hostile'],
    image: value,
    banner_image: value,
    url: value,
    external_url: value,
    attachments: [{ url: value, mime_type: 'audio/mpeg', title: value }],
    _journal: { section: value, views: payload.id, featured: true },
  };
  const date = (offset: number) =>
    new Date(Date.UTC(2025, 5, 1, 12) - (payload.id * 2 + offset) * 3_600_000).toISOString();
  return [
    {
      id: `hostile-${chunk}-${payload.id}-html`,
      ...common,
      content_html: `<p>Before ${payload.id}.</p>${value}<p>After ${payload.id}.</p>`,
      date_published: date(0),
    },
    {
      id: `hostile-${chunk}-${payload.id}-text`,
      ...common,
      content_text: `Before ${payload.id}.\n\n${value}\n\nAfter ${payload.id}.`,
      date_published: date(1),
    },
  ];
}

/** A feed whose own fields carry payloads too (title, links, icons, authors, sections). */
function hostileFeed(payloads: readonly XssPayload[], chunk: number) {
  const at = (index: number) => payloads[index % payloads.length]!.value;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: at(0),
    description: at(1),
    home_page_url: at(2),
    feed_url: at(3),
    icon: at(4),
    favicon: at(5),
    authors: [{ name: at(6), url: at(7), avatar: at(8) }],
    _journal: {
      // Half declared with the payload as the slug as well as the name.
      sections: payloads.map((payload, index) =>
        index % 2 === 0 ? { slug: payload.value, name: payload.value } : { name: payload.value },
      ),
    },
    items: payloads.flatMap((payload) => items(payload, chunk)),
  };
}

interface Visit {
  path: string;
  /** The page's h1, which must show the feed's text literally. */
  heading: string;
}

/** Every page the feed gives: Main, articles, sections, authors, and searches. */
function pagesOf(feed: unknown, origin: string, payloads: readonly XssPayload[]): Visit[] {
  const model = normalizeFeed(feed, `${origin}/feed.json`);
  const sections = new Map(model.meta.sections.map((section) => [section.slug, section.name]));
  const authors = new Map<string, string>();
  for (const article of model.articles) {
    if (!sections.has(article.section.slug))
      sections.set(article.section.slug, article.section.name);
    for (const author of article.authors) authors.set(author.slug, author.name);
  }
  return [
    { path: paths.home(), heading: model.meta.title },
    ...model.articles.map((article) => ({
      path: paths.article(article.slug),
      heading: article.title,
    })),
    ...[...sections].map(([slug, name]) => ({ path: paths.section(slug), heading: name })),
    ...[...authors].map(([slug, name]) => ({ path: paths.author(slug), heading: name })),
    { path: paths.search('hostile'), heading: 'Search' },
    ...payloads.map((payload) => ({ path: paths.search(payload.value), heading: 'Search' })),
  ];
}

/** Client-side navigation, as a link inside the app makes it (no reload between pages). */
async function navigate(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

async function expectInert(page: Page, path: string, dialogs: string[]) {
  const hits = await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits);
  expect(hits, `payloads that ran on ${path}`).toEqual([]);
  expect(dialogs, `dialogs opened on ${path}`).toEqual([]);
  expect(await page.evaluate<string[]>(CHECK), `executable markup on ${path}`).toEqual([]);
  // No meta refresh, base, form or script URL took the page anywhere.
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
    new URL(path, page.url()).pathname + new URL(path, page.url()).search,
  );
}

test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.addInitScript(XSS_HARNESS);
  await answerOtherOrigins(page, origin);
  await page.route(/\/feed-\d+\.json/, (route) => route.abort());
});

test.describe('the harness', () => {
  // Unsanitised payloads make the browser complain (blocked navigations, bad URLs).
  test.use({ allowedConsoleErrors: [/[\s\S]*/] });

  test('notices a payload that runs', async ({ page }) => {
    // The corpus inserted without the reader's defences, on a blank page of the same
    // origin: if nothing reported here, the checks below would prove nothing.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/robots.txt');
    await page.evaluate(
      (values) => {
        for (const value of values) {
          // Unlike innerHTML, a contextual fragment's scripts run when inserted.
          const holder = document.createElement('div');
          holder.append(document.createRange().createContextualFragment(value));
          document.body.append(holder);
        }
      },
      XSS_PAYLOADS.map((payload) => payload.value),
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const hits = await page.evaluate(
      () => (window as unknown as { __xssHits: string[] }).__xssHits,
    );
    const ran = new Set(hits.map(Number));
    test.info().annotations.push({
      type: 'unsanitised',
      description: `${ran.size} of ${XSS_PAYLOADS.length} payloads ran when inserted unsanitised`,
    });
    expect(ran.size).toBeGreaterThanOrEqual(40);
    expect(dialogs.length).toBeGreaterThan(0);
    expect((await page.evaluate<string[]>(CHECK)).length).toBeGreaterThan(50);
  });
});

const chunks: XssPayload[][] = [];
for (let start = 0; start < XSS_PAYLOADS.length; start += CHUNK) {
  chunks.push(XSS_PAYLOADS.slice(start, start + CHUNK));
}

chunks.forEach((payloads, chunk) => {
  const ids = `${payloads[0]!.id}–${payloads.at(-1)!.id}`;
  test(`payloads ${ids} in every field run nowhere`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const feed = hostileFeed(payloads, chunk);
    await page.route('**/feed.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/feed+json',
        body: JSON.stringify(feed),
      }),
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    const pages = pagesOf(feed, origin, payloads);
    for (const [index, { path, heading }] of pages.entries()) {
      // Main and the first article are loaded afresh (a deep link); the rest in the app.
      if (index < 2) await page.goto(path);
      else await navigate(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading.trim());
      await expect(page.getByRole('alert')).toHaveCount(0);
      await page.waitForLoadState('load');
      await expectInert(page, path, dialogs);
    }
    // Late runners (image errors, autofocus, timers) on the last page.
    await page.waitForLoadState('networkidle');
    await expectInert(page, pages.at(-1)!.path, dialogs);
    test.info().annotations.push({
      type: 'coverage',
      description: `${payloads.length} payloads × ${ITEM_FIELDS.length} item fields, ${pages.length} pages`,
    });
  });
});
