import { allItems, buildFeedPages, publication } from './feed-pages.ts';
import type { JsonFeedItem } from './json-feed.ts';

// Every file in public/images, by the relative URL the feed uses for it.
const publicImages = new Set(
  Object.keys(import.meta.glob('/public/images/*.svg')).map((path) => path.replace('/public/', '')),
);

function paragraphCount(html: string): number {
  return html.match(/<p>/g)?.length ?? 0;
}

function bodyImageSources(item: JsonFeedItem): string[] {
  return [...(item.content_html ?? '').matchAll(/<img [^>]*src="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('the built-in publication', () => {
  it('names itself and lists six sections in navigation order', () => {
    expect(publication.title).toBe('The Odessa Journal');
    expect(publication.description).toBe('About past, present and future of Ukraine');
    expect(publication.sections.map((section) => section.slug)).toEqual([
      'diplomacy',
      'war',
      'business',
      'society',
      'culture',
      'odesa',
    ]);
  });

  it('has at least 60 articles with unique ids', () => {
    expect(allItems.length).toBeGreaterThanOrEqual(60);
    const ids = allItems.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^oj-2026-\d{4}$/);
  });

  it('fills every section with at least eight articles and uses no other section', () => {
    const names = publication.sections.map((section) => section.name);
    for (const item of allItems) expect(names).toContain(item._journal?.section);
    for (const name of names) {
      const count = allItems.filter((item) => item._journal?.section === name).length;
      expect(count, name).toBeGreaterThanOrEqual(8);
    }
  });

  it('credits at least four authors, some with a profile link', () => {
    const authors = allItems.flatMap((item) => item.authors ?? []);
    expect(new Set(authors.map((author) => author.name)).size).toBeGreaterThanOrEqual(4);
    expect(authors.some((author) => author.url)).toBe(true);
    expect(authors.some((author) => !author.url)).toBe(true);
  });

  it('gives every article a headline, a summary and a body of several paragraphs', () => {
    for (const item of allItems) {
      expect(item.title?.trim(), item.id).toBeTruthy();
      expect(item.summary?.trim(), item.id).toBeTruthy();
      const paragraphs = paragraphCount(item.content_html ?? '');
      expect(paragraphs, item.id).toBeGreaterThanOrEqual(4);
      expect(paragraphs, item.id).toBeLessThanOrEqual(8);
    }
  });

  it('uses the richer parts of HTML somewhere in the set', () => {
    const bodies = allItems.map((item) => item.content_html ?? '').join('\n');
    for (const tag of ['<h2>', '<figure>', '<figcaption>', '<blockquote>', '<ul>', '<ol>']) {
      expect(bodies).toContain(tag);
    }
  });

  it('dates every article within eight weeks before 20 November 2026, Kyiv time', () => {
    const earliest = Date.parse('2026-09-20T00:00:00+02:00');
    const latest = Date.parse('2026-11-21T00:00:00+02:00');
    for (const item of allItems) {
      expect(item.date_published, item.id).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00$/);
      const time = Date.parse(item.date_published ?? '');
      expect(time, item.id).toBeGreaterThanOrEqual(earliest);
      expect(time, item.id).toBeLessThan(latest);
    }
  });

  it('contains Ukrainian text, including і ї є ґ and an apostrophe word', () => {
    const text = allItems.map((item) => item.content_html ?? '').join('\n');
    for (const letter of ['і', 'ї', 'є', 'ґ']) expect(text).toContain(letter);
    expect(text).toMatch(/пам['’]ять/);
    expect(text).toContain('«Привоз»');
  });

  it('reports realistic view counts, including a single view and a four-digit count', () => {
    const views = allItems.map((item) => item._journal?.views);
    for (const count of views) {
      expect(Number.isInteger(count)).toBe(true);
      expect(count).toBeGreaterThanOrEqual(0);
      expect(count).toBeLessThanOrEqual(25_000);
    }
    expect(views).toContain(1);
    expect(views).toContain(1234);
  });

  it('features six to eight articles', () => {
    const featured = allItems.filter((item) => item._journal?.featured === true);
    expect(featured.length).toBeGreaterThanOrEqual(6);
    expect(featured.length).toBeLessThanOrEqual(8);
  });

  it('tags each article two to four times', () => {
    for (const item of allItems) {
      expect(item.tags?.length ?? 0, item.id).toBeGreaterThanOrEqual(2);
      expect(item.tags?.length ?? 0, item.id).toBeLessThanOrEqual(4);
    }
  });

  it('leaves out item URLs so relative links resolve against the feed itself', () => {
    for (const item of allItems) expect(item.url, item.id).toBeUndefined();
  });

  it('illustrates at least 20 articles with images that exist in public/images', () => {
    const withImage = allItems.filter((item) => item.image);
    expect(withImage.length).toBeGreaterThanOrEqual(20);
    const referenced = allItems.flatMap((item) => [
      ...(item.image ? [item.image] : []),
      ...bodyImageSources(item),
    ]);
    expect(publicImages.size).toBeGreaterThanOrEqual(8);
    for (const src of referenced) {
      expect(src).toMatch(/^images\/[a-z-]+\.svg$/);
      expect(publicImages, src).toContain(src);
    }
  });

  it('gives every body image its size and a real alt text', () => {
    const tags = allItems.flatMap((item) => item.content_html?.match(/<img [^>]*>/g) ?? []);
    expect(tags.length).toBeGreaterThan(5);
    for (const tag of tags) {
      expect(tag).toContain('width="1200" height="675"');
      expect(tag).toMatch(/alt="[^"]{20,}"/);
    }
  });
});

describe('buildFeedPages', () => {
  it('pages the fixtures into at least three chained JSON Feed 1.1 documents', () => {
    const pages = buildFeedPages();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.map((page) => page.fileName)).toEqual(
      pages.map((_, index) => (index === 0 ? 'feed.json' : `feed-${index + 1}.json`)),
    );
    pages.forEach(({ feed }, index) => {
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBe('The Odessa Journal');
      expect(feed.description).toBe('About past, present and future of Ukraine');
      expect(feed.language).toBe('en');
      expect(feed._journal?.sections).toEqual(publication.sections);
      expect(feed.home_page_url).toBeUndefined();
      expect(feed.next_url).toBe(pages[index + 1]?.fileName);
    });
  });

  it('serves every item exactly once, newest first across pages', () => {
    const served = buildFeedPages().flatMap(({ feed }) => feed.items);
    expect(served).toHaveLength(allItems.length);
    expect(new Set(served.map((item) => item.id))).toEqual(
      new Set(allItems.map((item) => item.id)),
    );
    const times = served.map((item) => Date.parse(item.date_published ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('fills pages to the requested size', () => {
    const pages = buildFeedPages(allItems, 10);
    expect(pages).toHaveLength(Math.ceil(allItems.length / 10));
    expect(pages.slice(0, -1).every(({ feed }) => feed.items.length === 10)).toBe(true);
  });

  it('puts undated items last', () => {
    const dated = allItems.slice(0, 3);
    const undated: JsonFeedItem = { id: 'undated', title: 'No date', content_html: '<p>x</p>' };
    const [page] = buildFeedPages([undated, ...dated], 10);
    expect(page?.feed.items.at(-1)?.id).toBe('undated');
  });

  it('gives an empty publication one page with no next page', () => {
    const pages = buildFeedPages([], 24);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.feed.items).toEqual([]);
    expect(pages[0]?.feed.next_url).toBeUndefined();
  });

  it('rejects a page size that is not a positive whole number', () => {
    expect(() => buildFeedPages(allItems, 0)).toThrow(RangeError);
    expect(() => buildFeedPages(allItems, 2.5)).toThrow(RangeError);
  });
});
