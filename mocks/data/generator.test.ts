import { publication } from './feed-pages.ts';
import { generateFeedPages, generateItems, mulberry32 } from './generator.ts';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    for (let i = 0; i < 1000; i += 1) {
      const value = first();
      expect(second()).toBe(value);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('generateItems', () => {
  it('returns the same items for the same seed', () => {
    expect(generateItems({ seed: 7, count: 200 })).toEqual(generateItems({ seed: 7, count: 200 }));
  });

  it('returns different items for a different seed', () => {
    const one = generateItems({ seed: 1, count: 50 });
    const two = generateItems({ seed: 2, count: 50 });
    expect(two.map((item) => item.title)).not.toEqual(one.map((item) => item.title));
    expect(two.map((item) => item.content_html)).not.toEqual(one.map((item) => item.content_html));
  });

  it('returns exactly the number of items asked for', () => {
    for (const count of [0, 1, 10, 500]) {
      expect(generateItems({ seed: 3, count })).toHaveLength(count);
    }
  });

  it('makes a shorter run a prefix of a longer one', () => {
    expect(generateItems({ seed: 5, count: 500 }).slice(0, 20)).toEqual(
      generateItems({ seed: 5, count: 20 }),
    );
  });

  it('rejects a count that is not a whole number', () => {
    expect(() => generateItems({ seed: 1, count: -1 })).toThrow(RangeError);
    expect(() => generateItems({ seed: 1, count: 1.5 })).toThrow(RangeError);
    expect(() => generateItems({ seed: 1, count: 1, startDate: 'soon' })).toThrow(RangeError);
  });

  it('writes complete articles: unique id, headline, summary, several paragraphs, 2–4 tags', () => {
    const items = generateItems({ seed: 11, count: 500 });
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.title?.length ?? 0, item.id).toBeGreaterThan(15);
      expect(item.summary?.length ?? 0, item.id).toBeGreaterThan(30);
      const paragraphs = item.content_html?.match(/<p>/g)?.length ?? 0;
      expect(paragraphs, item.id).toBeGreaterThanOrEqual(3);
      expect(item.tags?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(item.tags?.length ?? 0).toBeLessThanOrEqual(4);
      expect(new Set(item.tags).size).toBe(item.tags?.length);
      expect(item.authors?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(item._journal?.views)).toBe(true);
      expect(item._journal?.views).toBeGreaterThanOrEqual(0);
      expect(item._journal?.views).toBeLessThanOrEqual(25_000);
      expect(item.url).toBeUndefined();
    }
  });

  it('spreads a run across all sections, many authors and the richer parts of HTML', () => {
    const items = generateItems({ seed: 11, count: 500 });
    const sections = new Set(items.map((item) => item._journal?.section));
    expect([...sections].sort()).toEqual(publication.sections.map((s) => s.name).sort());
    const authors = new Set(items.flatMap((item) => item.authors ?? []).map((a) => a.name));
    expect(authors.size).toBeGreaterThanOrEqual(8);
    const featured = items.filter((item) => item._journal?.featured).length;
    expect(featured).toBeGreaterThan(0);
    expect(featured).toBeLessThan(items.length / 5);
    expect(items.filter((item) => item.image).length).toBeGreaterThan(100);
    const bodies = items.map((item) => item.content_html).join('\n');
    for (const part of ['<h2>', '<ul>', '<ol>', '<blockquote>', '<figure>', 'width="1200"']) {
      expect(bodies).toContain(part);
    }
    for (const letter of ['і', 'ї', 'є', 'ґ']) expect(bodies).toContain(letter);
  });

  it('steps back in time from the start date, newest first, over months', () => {
    const items = generateItems({ seed: 4, count: 500, startDate: '2026-06-01T12:00:00+02:00' });
    expect(items[0]?.date_published).toBe('2026-06-01T12:00:00+02:00');
    const times = items.map((item) => Date.parse(item.date_published ?? ''));
    expect(times.every((time) => !Number.isNaN(time))).toBe(true);
    for (let i = 1; i < times.length; i += 1) {
      expect(times[i]).toBeLessThan(times[i - 1] ?? 0);
    }
    const spanDays = ((times[0] ?? 0) - (times.at(-1) ?? 0)) / 86_400_000;
    expect(spanDays).toBeGreaterThan(45);
  });

  // Speed is measured by `npm run bench`, not asserted here.
  it('generates a large publication with unique ids', () => {
    const items = generateItems({ seed: 99, count: 50_000 });
    expect(items).toHaveLength(50_000);
    expect(new Set(items.map((item) => item.id)).size).toBe(50_000);
  });
});

describe('generateFeedPages', () => {
  it('chains pages by relative next_url until every item has been served once', () => {
    const pages = generateFeedPages({ seed: 8, count: 230, pageSize: 50 });
    const byUrl = new Map(
      pages.map((page) => [new URL(page.fileName, 'https://example.test/journal/').href, page]),
    );
    const seen: string[] = [];
    let url: string | undefined = 'https://example.test/journal/feed.json';
    let hops = 0;
    while (url) {
      const page = byUrl.get(url);
      expect(page, url).toBeDefined();
      seen.push(...(page?.feed.items.map((item) => item.id) ?? []));
      url = page?.feed.next_url ? new URL(page.feed.next_url, url).href : undefined;
      hops += 1;
      expect(hops).toBeLessThanOrEqual(pages.length);
    }
    expect(hops).toBe(5);
    expect(seen).toEqual(generateItems({ seed: 8, count: 230 }).map((item) => item.id));
  });

  it('serves the publication’s metadata on every page', () => {
    for (const { feed } of generateFeedPages({ seed: 2, count: 60, pageSize: 24 })) {
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBe(publication.title);
      expect(feed._journal?.sections).toEqual(publication.sections);
    }
  });
});
