/**
 * The normaliser and the sanitiser against real-world JSON Feeds, quirks and all
 * (see SOURCES.md next to the files). Each feed is read as if a copy of it were served
 * by the reader's own host, which is how a replaced dist/feed.json reaches it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeFeed } from '../../src/features/feed/api/normalize-feed';
import type { Article, FeedPage } from '../../src/features/feed/model';
import { sanitizeArticleHtml } from '../../src/lib/sanitize';

const FEEDS_DIR = path.resolve(__dirname, '../../../shared/feeds/real');
const FILES = readdirSync(FEEDS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

function rawFeed(file: string): { items: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FEEDS_DIR, file), 'utf8')) as never;
}

const pages = new Map<string, FeedPage>();
function load(file: string): FeedPage {
  let page = pages.get(file);
  if (!page) {
    page = normalizeFeed(rawFeed(file), `https://reader.example/feeds/${file}`);
    pages.set(file, page);
  }
  return page;
}

function byId(file: string, id: string): Article {
  const article = load(file).articles.find((candidate) => candidate.id === id);
  if (!article) throw new Error(`${file}: no article ${id}`);
  return article;
}

function hasPicture(article: Article): boolean {
  return (
    /<(?:img|audio|video|iframe)\b/i.test(article.contentHtml ?? '') ||
    article.image !== undefined ||
    article.attachments.length > 0
  );
}

it('finds the corpus', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(12);
});

describe.each(FILES)('%s', (file) => {
  it('keeps every item, with a title and a body', () => {
    const page = load(file);
    expect(page.warnings).toEqual([]);
    expect(page.articles.length).toBeGreaterThanOrEqual(1);
    expect(page.articles).toHaveLength(rawFeed(file).items.length);
    for (const article of page.articles) {
      expect(article.title.trim(), article.id).not.toBe('');
      expect(article.bodyText.trim() !== '' || hasPicture(article), article.id).toBe(true);
      expect(article.authors.length, article.id).toBeGreaterThanOrEqual(1);
      expect(article.section.slug, article.id).not.toBe('');
    }
  });

  it('gives every article a distinct, URL-safe slug', () => {
    const slugs = load(file).articles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u);
  });

  it('leaves no control characters in titles, summaries or text', () => {
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
    for (const article of load(file).articles) {
      expect(control.test(article.title + article.summary + article.bodyText), article.id).toBe(
        false,
      );
      expect(control.test(article.contentText ?? ''), article.id).toBe(false);
    }
  });

  it('sanitises every body into markup without scripts, styles or unsafe URLs', () => {
    for (const article of load(file).articles) {
      if (!article.contentHtml) continue;
      const container = document.createElement('div');
      container.innerHTML = sanitizeArticleHtml(article.contentHtml, article.url);
      expect(
        container.querySelector('script, style, svg, math, form, object, embed'),
        article.id,
      ).toBeNull();
      for (const element of Array.from(container.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) {
          expect(
            name.startsWith('on') || name === 'style' || name === 'class' || name === 'id',
          ).toBe(false);
        }
        for (const name of ['href', 'src', 'poster']) {
          const value = element.getAttribute(name);
          if (value !== null)
            expect(value, `${article.id} ${name}`).toMatch(/^(?:https?:|mailto:|tel:)/);
        }
      }
      for (const iframe of Array.from(container.querySelectorAll('iframe'))) {
        expect(iframe.getAttribute('src')).toMatch(
          /^https:\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com|player\.vimeo\.com)\//,
        );
        expect(iframe).toHaveAttribute('sandbox');
      }
    }
  });
});

describe('specific quirks', () => {
  it('rosemaryorchard: decodes an entity-encoded title once', () => {
    expect(
      byId('rosemaryorchard-grav.json', 'workflow-add-task-sub-tasks-to-omnifocus').title,
    ).toBe('Workflow: Add Task & Sub Tasks To OmniFocus');
  });

  it('rosemaryorchard: splits comma-separated tags, and reads "" as none', () => {
    const page = load('rosemaryorchard-grav.json');
    expect(
      byId('rosemaryorchard-grav.json', 'workflow-add-task-sub-tasks-to-omnifocus').tags,
    ).toEqual(['workflow', 'omnifocus']);
    expect(page.articles.filter((article) => article.tags.length === 0)).toHaveLength(19);
    expect(page.articles.every((article) => article.tags.every((tag) => !tag.includes(',')))).toBe(
      true,
    );
  });

  it('pixelenvy: decodes numeric references in titles', () => {
    expect(load('pixelenvy-httpversion.json').articles.map((article) => article.title)).toContain(
      'FCC Says Releasing ‘Jokes’ It Wrote About Ajit Pai Colluding With Verizon Would ‘Harm’ Agency',
    );
  });

  it('pixelenvy: accepts a version written with http://', () => {
    expect(rawFeed('pixelenvy-httpversion.json').version).toBe('http://jsonfeed.org/version/1');
    expect(load('pixelenvy-httpversion.json').articles).toHaveLength(20);
  });

  it('pixelenvy: keeps link-blog external URLs apart from the post URL', () => {
    const article = byId(
      'pixelenvy-httpversion.json',
      'https://pxlnv.com/linklog/uber-losses-2017/',
    );
    expect(article.url).toBe('https://pxlnv.com/linklog/uber-losses-2017/');
    expect(article.externalUrl).toMatch(/^https:\/\/www\.bloomberg\.com\//);
  });

  it('curtclifton: parses dates without seconds or offset as UTC', () => {
    expect(byId('curtclifton-v1.json', 'twitter-quitter').datePublished).toBe(
      '2018-01-06T08:00:00.000Z',
    );
  });

  it('curtclifton: resolves root-relative links against the item url (on www.)', () => {
    const html =
      byId('curtclifton-v1.json', 'these-are-a-few-of-my-stateful-machines').contentHtml ?? '';
    expect(html).toContain('href="http://www.curtclifton.net/files/StatefulMachines2017.pdf"');
    expect(html).not.toMatch(/(?:href|src)="\//);
  });

  it('adactio: parses dates with a space instead of "T"', () => {
    expect(byId('adactio-journal.json', '19317').datePublished).toBe('2022-07-26T13:01:01.000Z');
  });

  it('adactio: drops machine tags and repeated tags', () => {
    for (const article of load('adactio-journal.json').articles) {
      expect(article.tags.some((tag) => tag.startsWith('medium:'))).toBe(false);
      expect(new Set(article.tags.map((tag) => tag.toLowerCase())).size).toBe(article.tags.length);
    }
  });

  it('valerocks: parses bare dates', () => {
    expect(
      byId(
        'valerocks-v11.json',
        'https://vale.rocks/posts/a-year-with-the-framework-laptop-13.html',
      ).datePublished,
    ).toBe('2024-07-03T00:00:00.000Z');
  });

  it('valerocks: takes the feed as the source when there are no authors', () => {
    expect(load('valerocks-v11.json').articles[0]?.authors).toEqual([
      { slug: 'vale', name: 'Vale' },
    ]);
  });

  it('valerocks: keeps content hidden by the author hidden once its script is gone', () => {
    const article = load('valerocks-v11.json').articles.find((candidate) =>
      candidate.contentHtml?.includes('showChromium'),
    );
    expect(article).toBeDefined();
    const clean = sanitizeArticleHtml(article?.contentHtml ?? '', article?.url);
    expect(clean).not.toContain('reading this article in is Chromium based');
  });

  it('ageyev: takes date_modified as the publication date', () => {
    const article = byId(
      'ageyev-ru-docusaurus.json',
      'https://international-law.info/ru/blog/israeli_democrats_party',
    );
    expect(article.datePublished).toBe('2026-07-21T00:00:00.000Z');
    expect(article.slug).toMatch(/^партия-демократы-[0-9a-z]{6}$/);
    expect(article.authors[0]).toEqual({ slug: 'виктор-агеев', name: 'Виктор Агеев' });
  });

  it('yukaii: an author of "" counts as none, so the source is the feed', () => {
    for (const article of load('yukaii-zhtw.json').articles) {
      expect(article.authors).toEqual([{ slug: 'daily-oops', name: 'Daily Oops!' }]);
      expect(article.summary).toBe('');
    }
  });

  it('yukaii: removes control characters left in content_text', () => {
    const article = byId('yukaii-zhtw.json', 'http://yukaii.tw/blog/2017/07/12/search-in-jekyll/');
    expect(rawFeed('yukaii-zhtw.json').items[0]?.content_text).toContain('\b');
    expect(article.contentText).not.toContain('\b');
    expect(article.contentText).toContain('原理就是抓取 RSS 的 xml 檔案當做搜尋的資料庫');
  });

  it('manton: untitled posts take a headline from their content', () => {
    expect(
      byId('manton-microblog.json', 'http://manton.micro.blog/2018/05/03/testing-on-thursday.html')
        .title,
    ).toBe('Testing on Thursday.');
    expect(
      byId('manton-microblog.json', 'http://manton.micro.blog/2018/05/01/034226.html').title,
    ).toBe('Photo');
  });

  it('journal3960: reads 1.1 authors with a mailto link, and drops the tracking pixel', () => {
    const article = load('journal3960-de-v11.json').articles[0];
    expect(article?.authors).toEqual([
      {
        slug: 'frank-boës',
        name: 'Frank Boës',
        url: 'mailto:info@3960.org',
        avatar: 'https://www.gravatar.com/avatar/71fcf51cf2ae9acdd54182d3e367ceca',
      },
    ]);
    expect(article?.language).toBe('de-DE');
    // Its image and banner_image are the site's favicon, not a picture of the article.
    expect(article?.image).toBeUndefined();
    expect(article?.bannerImage).toBeUndefined();
    const clean = sanitizeArticleHtml(article?.contentHtml ?? '', article?.url);
    expect(clean).not.toContain('stats.3960.org');
  });

  it('journal3960: keeps the YouTube embed without its srcdoc', () => {
    const article = load('journal3960-de-v11.json').articles.find((candidate) =>
      candidate.contentHtml?.includes('youtube-nocookie.com/embed/G2dGWH90aew'),
    );
    const container = document.createElement('div');
    container.innerHTML = sanitizeArticleHtml(article?.contentHtml ?? '', article?.url);
    const iframe = container.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toContain('youtube-nocookie.com/embed/G2dGWH90aew');
    expect(iframe?.hasAttribute('srcdoc')).toBe(false);
  });

  it('kucera: keeps attachments without size or duration, and an unclosed audio tag', () => {
    const page = load('kucera-podcast.json');
    expect(page.articles[0]?.attachments).toEqual([
      { url: 'https://alexanderkucera.com/uploads/2024/bdcda1e329.mp3', mimeType: 'audio/mpeg' },
    ]);
    const unclosed = page.articles.find((article) => article.title === '4 - FMX Closing Thoughts');
    const container = document.createElement('div');
    container.innerHTML = sanitizeArticleHtml(unclosed?.contentHtml ?? '', unclosed?.url);
    expect(container.querySelector('audio')).toHaveAttribute('controls');
  });

  it('fundedyouth: reads Markdown content_text into plain body text', () => {
    const article = load('fundedyouth-changelog-text.json').articles[0];
    expect(article?.contentHtml).toBeUndefined();
    expect(article?.title).toBe('[User Portal] 🧑‍🏫 Membership Booking Is Here');
    expect(article?.bodyText).not.toMatch(/###|\*\*/);
    expect(article?.authors[0]?.avatar).toMatch(/^https:\/\/avatars\.githubusercontent\.com\//);
  });

  it('yammer: drops localhost URLs of a feed built on a laptop', () => {
    const page = load('yammer-ja-v11.json');
    expect(page.meta.homePageUrl).toBeUndefined();
    expect(page.articles.every((article) => article.url === undefined)).toBe(true);
    expect(page.articles[0]?.language).toBe('ja');
    expect(page.articles[0]?.authors).toEqual([
      { slug: 'keisuke-nakayama', name: 'Keisuke Nakayama', url: 'https://yammer.jp/' },
    ]);
  });
});
