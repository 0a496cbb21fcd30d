import fc from 'fast-check';
import { FeedError } from './feed-error';
import { normalizeFeed, parseFeedDate, resolveHtmlUrls, resolveReference } from './normalize-feed';

const FETCHED = 'https://reader.example/feed.json';

function feed(items: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Odessa Journal',
    items,
    ...extra,
  };
}

/** Normalises a one-item feed and returns the article (failing if it was dropped). */
function one(item: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const page = normalizeFeed(feed([{ id: 'a1', ...item }], extra), FETCHED);
  const article = page.articles[0];
  if (!article) throw new Error(`item dropped: ${page.warnings.join(' ')}`);
  return article;
}

describe('normalizeFeed: the document', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['an RSS-like object', { rss: { channel: {} } }],
    ['a feed without items', { version: 'https://jsonfeed.org/version/1.1' }],
    ['an unknown version', { version: 'https://example.com/version/2', items: [] }],
    ['items that are not an array', { version: 'https://jsonfeed.org/version/1', items: {} }],
  ])('rejects %s as not a JSON Feed', (_name, json) => {
    expect(() => normalizeFeed(json, FETCHED)).toThrow(FeedError);
    try {
      normalizeFeed(json, FETCHED);
    } catch (error) {
      expect((error as FeedError).kind).toBe('not-feed');
      expect((error as FeedError).message).toBe('This address does not serve a JSON Feed.');
    }
  });

  it('accepts version 1 written with http://, and version 1.1', () => {
    expect(
      normalizeFeed(feed([], { version: 'http://jsonfeed.org/version/1' }), FETCHED).articles,
    ).toEqual([]);
    expect(
      normalizeFeed(feed([], { version: 'https://jsonfeed.org/version/1.1' }), FETCHED).url,
    ).toBe(FETCHED);
  });

  it('ignores unknown keys and wrongly typed optional feed fields', () => {
    const page = normalizeFeed(
      feed([], { title: 42, description: ['x'], icon: {}, _rss: { about: 'x' }, expired: false }),
      FETCHED,
    );
    expect(page.meta).toEqual({ title: 'Untitled feed', description: '', sections: [] });
  });

  it('falls back to the home page host, then "Untitled feed", for the title', () => {
    const page = normalizeFeed(
      feed([], { title: '', home_page_url: 'https://manton.micro.blog/' }),
      FETCHED,
    );
    expect(page.meta.title).toBe('manton.micro.blog');
    expect(normalizeFeed(feed([], { title: undefined }), FETCHED).meta.title).toBe('Untitled feed');
  });

  it('reads the feed meta as plain text and safe URLs', () => {
    const page = normalizeFeed(
      feed([], {
        title: 'Luft- &amp; Raumfahrt',
        description: "Yukai's blog.\n",
        home_page_url: '/',
        icon: 'javascript:alert(1)',
        favicon: '/favicon.ico',
        language: 'uk',
      }),
      FETCHED,
    );
    expect(page.meta).toEqual({
      title: 'Luft- & Raumfahrt',
      description: "Yukai's blog.",
      homePageUrl: 'https://reader.example/',
      favicon: 'https://reader.example/favicon.ico',
      language: 'uk',
      sections: [],
    });
  });

  it('reads _journal.sections in order, skipping invalid entries and duplicates', () => {
    const page = normalizeFeed(
      feed([], {
        _journal: {
          sections: [
            { slug: 'diplomacy', name: 'Diplomacy' },
            { name: 'Culture & Arts' },
            { slug: 'x' },
            'War',
            { slug: 'diplomacy', name: 'Again' },
          ],
        },
      }),
      FETCHED,
    );
    expect(page.meta.sections).toEqual([
      { slug: 'diplomacy', name: 'Diplomacy' },
      { slug: 'culture-arts', name: 'Culture & Arts' },
    ]);
  });

  it('has no sections when the feed declares none', () => {
    expect(normalizeFeed(feed([]), FETCHED).meta.sections).toEqual([]);
  });

  it('resolves next_url against the fetched URL, http(s) only', () => {
    expect(normalizeFeed(feed([], { next_url: 'feed-2.json' }), FETCHED).nextUrl).toBe(
      'https://reader.example/feed-2.json',
    );
    expect(
      normalizeFeed(feed([], { next_url: 'javascript:alert(1)' }), FETCHED).nextUrl,
    ).toBeUndefined();
    expect(normalizeFeed(feed([]), FETCHED).nextUrl).toBeUndefined();
  });
});

describe('normalizeFeed: items that cannot be kept', () => {
  it('skips items without a usable id, with a warning each, and keeps the rest', () => {
    const page = normalizeFeed(
      feed([
        { id: 'ok-1', title: 'First' },
        { title: 'No id' },
        { id: '', title: 'Empty id' },
        { id: '   ', title: 'Blank id' },
        { id: { nested: true }, title: 'Object id' },
        'not an object',
        null,
        { id: 'ok-2', title: 'Second' },
      ]),
      FETCHED,
    );
    expect(page.articles.map((article) => article.title)).toEqual(['First', 'Second']);
    expect(page.warnings).toEqual([
      'Item 2 was skipped: it has no "id".',
      'Item 3 was skipped: its "id" is empty.',
      'Item 4 was skipped: its "id" is empty.',
      'Item 5 was skipped: its "id" is neither a string nor a number.',
      'Item 6 was skipped: it is not an object.',
      'Item 7 was skipped: it is not an object.',
    ]);
  });

  it('keeps an item whose optional fields have the wrong type', () => {
    const article = one({
      title: 'Kept',
      url: 7,
      summary: null,
      content_html: ['x'],
      tags: 5,
      authors: 'Olena',
      date_published: 20240101,
      _journal: 'Diplomacy',
    });
    expect(article.title).toBe('Kept');
    expect(article.summary).toBe('');
    expect(article.tags).toEqual([]);
    expect(article.section.name).toBe('News');
  });
});

describe('normalizeFeed: fields', () => {
  it('takes a numeric id as a string', () => {
    expect(one({ id: 19317, title: 'T' }).id).toBe('19317');
  });

  it('decodes entities in the title once and strips control characters', () => {
    expect(one({ title: 'Add Task &amp; Sub Tasks' }).title).toBe('Add Task & Sub Tasks');
    expect(one({ title: 'It&#039;s &amp;amp; done' }).title).toBe("It's &amp; done");
    expect(one({ title: 'Line\u0008 one\n\t two' }).title).toBe('Line one two');
  });

  it('keeps markup in a title as literal text', () => {
    expect(one({ title: '<script>alert(1)</script>' }).title).toBe('<script>alert(1)</script>');
  });

  it('makes a headline from the summary when there is no title', () => {
    const article = one({
      summary:
        'Shipments resumed after a short pause and officials expect volumes to rise again next week',
      content_text: 'Body',
    });
    expect(article.title).toBe(
      'Shipments resumed after a short pause and officials expect volumes to rise again…',
    );
    expect(article.title.length).toBeLessThanOrEqual(81);
  });

  it('makes a headline from content_text, then from the text of content_html', () => {
    expect(one({ content_text: '### Heading\n\n**Testing** on Thursday.' }).title).toBe(
      'Heading Testing on Thursday.',
    );
    expect(one({ content_html: '<p>Testing on <em>Thursday</em>.</p>\n' }).title).toBe(
      'Testing on Thursday.',
    );
  });

  it('calls a photo-only post "Photo"', () => {
    expect(
      one({ content_html: '<p><img src="https://x.example/a.jpg" width="600" /></p>' }).title,
    ).toBe('Photo');
  });

  it('reads the summary as plain text, empty when missing or null', () => {
    expect(one({ title: 'T', summary: 'Tom &amp; Jerry\n' }).summary).toBe('Tom & Jerry');
    expect(one({ title: 'T', summary: null }).summary).toBe('');
    expect(one({ title: 'T' }).summary).toBe('');
  });

  it('resolves relative URLs in content_html against the item url', () => {
    const article = one({
      title: 'T',
      url: 'http://www.curtclifton.net/post',
      content_html:
        '<a href="/files/a.pdf">PDF</a> <img src="img/a.jpg" srcset="a-1.jpg 1x, https://cdn.example/a-2.jpg 2x"> <video poster="/p.jpg"></video> <a href="https://elsewhere.example/">abs</a>',
    });
    expect(article.contentHtml).toBe(
      '<a href="http://www.curtclifton.net/files/a.pdf">PDF</a> <img src="http://www.curtclifton.net/img/a.jpg" srcset="http://www.curtclifton.net/a-1.jpg 1x, https://cdn.example/a-2.jpg 2x"> <video poster="http://www.curtclifton.net/p.jpg"></video> <a href="https://elsewhere.example/">abs</a>',
    );
  });

  it('resolves against home_page_url, else the fetched URL, never feed_url', () => {
    const html = '<a href="/about">About</a>';
    expect(
      one(
        { title: 'T', content_html: html },
        { home_page_url: 'https://home.example/blog/', feed_url: 'https://stale.example/feed' },
      ).contentHtml,
    ).toBe('<a href="https://home.example/about">About</a>');
    expect(
      one({ title: 'T', content_html: html }, { feed_url: 'https://stale.example/feed' })
        .contentHtml,
    ).toBe('<a href="https://reader.example/about">About</a>');
  });

  it('leaves the HTML otherwise untouched (sanitising happens at render time)', () => {
    const html =
      '<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">x</a></p>';
    expect(one({ title: 'T', content_html: html }).contentHtml).toBe(html);
  });

  it('keeps content_text, minus control characters other than \\n and \\t', () => {
    const article = one({ title: 'T', content_text: 'A\b\u001c line\n\tindented\u001f' });
    expect(article.contentText).toBe('A line\n\tindented');
    expect(article.contentHtml).toBeUndefined();
  });

  it('gives bodyText as plain text of the HTML, or of Markdown content_text', () => {
    expect(
      one({ title: 'T', content_html: '<p>One &amp; <b>two</b></p><p>three</p>' }).bodyText,
    ).toBe('One & two three');
    expect(
      one({ title: 'T', content_text: '### What\n\n* **Bold** item\n* _em_ item' }).bodyText,
    ).toBe('What Bold item em item');
    expect(one({ title: 'T' }).bodyText).toBe('');
  });

  it('serialises the derived body fields like any other field', () => {
    const article = one({
      title: 'T',
      url: 'https://x.example/a/',
      content_html: '<p><a href="b">B</a></p>',
    });
    const copy = JSON.parse(JSON.stringify(article)) as typeof article;
    expect(copy.bodyText).toBe('B');
    expect(copy.contentHtml).toBe('<p><a href="https://x.example/a/b">B</a></p>');
    expect({ ...article }.bodyText).toBe('B');
  });

  it('passes url, external_url, image and banner_image through the URL policy', () => {
    const article = one({
      title: 'T',
      url: '/posts/a',
      external_url: 'javascript:alert(1)',
      image: 'data:image/png;base64,AAAA',
      banner_image: '//cdn.example/banner.jpg',
    });
    expect(article.url).toBe('https://reader.example/posts/a');
    expect(article.externalUrl).toBeUndefined();
    expect(article.image).toBeUndefined();
    expect(article.bannerImage).toBe('https://cdn.example/banner.jpg');
  });

  it('does not take the site icon for an article picture', () => {
    const article = one(
      {
        title: 'T',
        image: 'https://cdn.example/favicon-192.png',
        banner_image: 'https://cdn.example/art.jpg',
      },
      { icon: 'https://cdn.example/favicon-192.png' },
    );
    expect(article.image).toBeUndefined();
    expect(article.bannerImage).toBe('https://cdn.example/art.jpg');
  });

  it('drops localhost URLs from a feed that is not served from localhost', () => {
    const article = one(
      { title: 'T', url: 'http://localhost:3000/posts/a', image: 'http://127.0.0.1/a.png' },
      { home_page_url: 'http://localhost:3000' },
    );
    expect(article.url).toBeUndefined();
    expect(article.image).toBeUndefined();
    const local = normalizeFeed(
      feed([{ id: 'x', title: 'T', url: 'http://localhost:3000/posts/a' }]),
      'http://localhost:3000/feed.json',
    );
    expect(local.articles[0]?.url).toBe('http://localhost:3000/posts/a');
  });

  it.each([
    ['2024-07-03T10:15:30+02:00', '2024-07-03T08:15:30.000Z'],
    ['2024-07-03T10:15:30.123456Z', '2024-07-03T10:15:30.123Z'],
    ['2018-01-06T08:00', '2018-01-06T08:00:00.000Z'],
    ['2022-07-26 13:01:01', '2022-07-26T13:01:01.000Z'],
    ['2024-07-03', '2024-07-03T00:00:00.000Z'],
    ['2020-02-21T18:08:06+0100', '2020-02-21T17:08:06.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['2024-03-01T00:30:00+02:00', '2024-02-29T22:30:00.000Z'],
    ['2024-12-31T23:30:00-01:00', '2025-01-01T00:30:00.000Z'],
    ['2016-12-31T23:59:60Z', '2016-12-31T23:59:59.000Z'],
  ])('parses the date %s', (raw, iso) => {
    expect(one({ title: 'T', date_published: raw }).datePublished).toBe(iso);
  });

  it.each(['yesterday', '2024-02-30', '2024-13-01', '1', '2024-07-03T25:00', ''])(
    'gives no date for %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeUndefined();
    },
  );

  it('falls back to date_modified for the publication date', () => {
    const article = one({ title: 'T', date_modified: '2026-07-21T00:00:00.000Z' });
    expect(article.datePublished).toBe('2026-07-21T00:00:00.000Z');
    expect(article.dateModified).toBe('2026-07-21T00:00:00.000Z');
  });

  it('reads 1.1 authors, with safe links and no empty avatars', () => {
    const article = one({
      title: 'T',
      authors: [
        { name: 'Keisuke Nakayama', url: 'https://yammer.jp', avatar: '' },
        { name: 'Frank Boës', url: 'mailto:info@3960.org', avatar: 'javascript:x' },
        { name: '' },
        { url: 'https://nameless.example' },
        'Someone',
      ],
    });
    expect(article.authors).toEqual([
      { slug: 'keisuke-nakayama', name: 'Keisuke Nakayama', url: 'https://yammer.jp/' },
      { slug: 'frank-boës', name: 'Frank Boës', url: 'mailto:info@3960.org' },
    ]);
  });

  it('reads the version 1 author object', () => {
    expect(one({ title: 'T', author: { name: 'Nick Heer' } }).authors).toEqual([
      { slug: 'nick-heer', name: 'Nick Heer' },
    ]);
  });

  it('falls back to the feed author, then to the feed itself as the source', () => {
    expect(one({ title: 'T' }, { author: { name: 'Jeremy Keith' } }).authors[0]?.name).toBe(
      'Jeremy Keith',
    );
    expect(one({ title: 'T' }, { authors: [{ name: 'Rosemary Orchard' }] }).authors[0]?.name).toBe(
      'Rosemary Orchard',
    );
    expect(one({ title: 'T', author: '' }, { title: 'Daily Oops!' }).authors).toEqual([
      { slug: 'daily-oops', name: 'Daily Oops!' },
    ]);
  });

  it('reads tags from an array or a comma-separated string, trimmed and deduplicated', () => {
    expect(one({ title: 'T', tags: ['Odesa', ' Port ', 'odesa', 3, ''] }).tags).toEqual([
      'Odesa',
      'Port',
    ]);
    expect(one({ title: 'T', tags: 'workflow, omnifocus,workflow' }).tags).toEqual([
      'workflow',
      'omnifocus',
    ]);
    expect(one({ title: 'T', tags: '' }).tags).toEqual([]);
  });

  it('leaves machine tags out', () => {
    expect(one({ title: 'T', tags: ['dconstruct', 'medium:id=64164f20e87'] }).tags).toEqual([
      'dconstruct',
    ]);
  });

  it('takes the section from _journal.section, else the first tag, else "News"', () => {
    expect(one({ title: 'T', tags: ['Port'], _journal: { section: 'Diplomacy' } }).section).toEqual(
      {
        slug: 'diplomacy',
        name: 'Diplomacy',
      },
    );
    expect(
      one({ title: 'T', tags: ['Black Sea', 'Port'], _journal: { section: '  ' } }).section,
    ).toEqual({
      slug: 'black-sea',
      name: 'Black Sea',
    });
    expect(one({ title: 'T' }).section).toEqual({ slug: 'news', name: 'News' });
  });

  it('uses the slug the feed declares for a section', () => {
    const article = one(
      { title: 'T', _journal: { section: 'Culture & Arts' } },
      { _journal: { sections: [{ slug: 'culture', name: 'Culture & Arts' }] } },
    );
    expect(article.section).toEqual({ slug: 'culture', name: 'Culture & Arts' });
  });

  it('keeps views only when they are a whole number ≥ 0', () => {
    expect(one({ title: 'T', _journal: { views: 556 } }).views).toBe(556);
    expect(one({ title: 'T', _journal: { views: 0 } }).views).toBe(0);
    for (const views of [-1, 1.5, '556', null, Number.NaN]) {
      expect(one({ title: 'T', _journal: { views } }).views).toBeUndefined();
    }
  });

  it('features an item only for featured === true', () => {
    expect(one({ title: 'T', _journal: { featured: true } }).featured).toBe(true);
    expect(one({ title: 'T', _journal: { featured: 'yes' } }).featured).toBe(false);
    expect(one({ title: 'T' }).featured).toBe(false);
  });

  it('takes the item language, else the feed language', () => {
    expect(one({ title: 'T', language: 'de-DE' }, { language: 'en' }).language).toBe('de-DE');
    expect(one({ title: 'T' }, { language: 'ja' }).language).toBe('ja');
    expect(one({ title: 'T' }).language).toBeUndefined();
  });

  it('keeps attachments with a safe url and a mime type', () => {
    const article = one({
      title: 'T',
      attachments: [
        { url: '/uploads/a.mp3', mime_type: 'audio/mpeg' },
        {
          url: 'https://x.example/b.mp3',
          mime_type: 'audio/mpeg',
          title: 'Ep &amp; 2',
          size_in_bytes: 10,
          duration_in_seconds: 205,
        },
        { url: 'javascript:x', mime_type: 'audio/mpeg' },
        { url: 'https://x.example/c.mp3' },
        { url: 'https://x.example/d.mp3', mime_type: 'audio/mpeg', size_in_bytes: -1 },
      ],
    });
    expect(article.attachments).toEqual([
      { url: 'https://reader.example/uploads/a.mp3', mimeType: 'audio/mpeg' },
      {
        url: 'https://x.example/b.mp3',
        mimeType: 'audio/mpeg',
        title: 'Ep & 2',
        sizeInBytes: 10,
        durationInSeconds: 205,
      },
      { url: 'https://x.example/d.mp3', mimeType: 'audio/mpeg' },
    ]);
  });

  it('builds a stable slug from the title and a hash of the id', () => {
    const first = one({ id: 'oj-2026-0005', title: 'Drone strike damages a grain silo' });
    const again = one({ id: 'oj-2026-0005', title: 'Drone strike damages a grain silo' });
    const other = one({ id: 'oj-2026-0006', title: 'Drone strike damages a grain silo' });
    expect(first.slug).toMatch(/^drone-strike-damages-a-grain-silo-[0-9a-z]{6}$/);
    expect(again.slug).toBe(first.slug);
    expect(other.slug).not.toBe(first.slug);
  });

  it('keeps non-Latin titles in the slug, and uses the hash alone when nothing is left', () => {
    expect(one({ title: 'Партия "Демократы"' }).slug).toMatch(/^партия-демократы-[0-9a-z]{6}$/);
    expect(one({ title: '!!!' }).slug).toMatch(/^[0-9a-z]{6}$/);
  });
});

describe('parseFeedDate on RFC 3339 dates', () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));

  it('gives the instant Date gives, for dates that exist', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        two(23),
        two(59),
        two(59),
        fc.oneof(
          fc.constant('Z'),
          fc.tuple(fc.constantFrom('+', '-'), two(23), two(59)).map(([s, h, m]) => `${s}${h}:${m}`),
        ),
      )
      .map(([y, mo, d, h, mi, s, zone]) => {
        const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return `${day}T${h}:${mi}:${s}${zone}`;
      });
    fc.assert(
      fc.property(date, (text) => {
        expect(parseFeedDate(text)).toBe(new Date(text).toISOString());
      }),
      { numRuns: 5_000 },
    );
  });

  it.each(['2023-02-29T10:00:00Z', '2024-04-31T10:00:00Z', '2024-01-01T24:00:00Z'])(
    'gives no date for %s',
    (text) => {
      expect(parseFeedDate(text)).toBeUndefined();
    },
  );
});

describe('resolveReference', () => {
  it.each([
    ['/a/b.jpg', 'https://x.example/post/1?q=1#h'],
    ['img/a.jpg', 'https://x.example/post/1?q=1#h'],
    ['#section', 'https://x.example/post/1?q=1#h'],
    ['?page=2', 'https://x.example/post/1?q=1#h'],
    ['../up.png', 'https://x.example/a/b/c'],
    ['./here.png', 'https://x.example/a/b/c'],
    ['/with space.png', 'https://x.example/'],
    ['/%D0%BF%D1%83', 'https://x.example/'],
    ["it's.png", 'https://x.example/dir/'],
    ['/пурим', 'https://x.example/'],
  ])('resolves %j exactly as the URL parser does', (value, base) => {
    expect(resolveReference(value, base)).toBe(new URL(value, base).href);
  });

  it('leaves absolute URLs alone and takes protocol-relative ones as https', () => {
    expect(resolveReference('https://x.example/', 'https://y.example/')).toBeUndefined();
    expect(resolveReference('mailto:a@b.c', 'https://y.example/')).toBeUndefined();
    expect(resolveReference('//cdn.example/a.js', 'http://y.example/')).toBe(
      'https://cdn.example/a.js',
    );
  });
});

describe('resolveHtmlUrls', () => {
  it('does not touch text that only looks like an attribute', () => {
    const html = '<pre><code>&lt;a href="/x"&gt;</code></pre><p>use src="/y" here</p>';
    expect(resolveHtmlUrls(html, 'https://x.example/')).toBe(html);
  });

  it('handles single-quoted and unquoted values, and escapes the result', () => {
    expect(
      resolveHtmlUrls("<a href='/a?x=1&amp;y=2'>A</a><img src=b.png>", 'https://x.example/d/'),
    ).toBe('<a href="https://x.example/a?x=1&amp;y=2">A</a><img src="https://x.example/d/b.png">');
  });
});
