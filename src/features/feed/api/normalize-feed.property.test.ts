/**
 * Properties of the normaliser over generated input: any JSON value is either rejected as
 * "not a JSON Feed" or becomes a well-formed page, and feed text stays text.
 */
import fc from 'fast-check';
import { safeUrl } from '../../../lib/url-policy';
import type { Article, Author, FeedPage } from '../model';
import { FeedError } from './feed-error';
import { normalizeFeed } from './normalize-feed';

const RUNS = 10_000;
const FETCHED = 'https://reader.example/feeds/feed.json';
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const WEB = ['http:', 'https:'] as const;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function checkLine(value: unknown, what: string, { allowEmpty = false } = {}): void {
  check(typeof value === 'string', `${what} is not a string`);
  const text = value as string;
  check(allowEmpty || text.trim() !== '', `${what} is empty`);
  check(!CONTROL_RE.test(text), `${what} holds control characters`);
  check(!/[\n\r\t]/.test(text), `${what} is not one line`);
}

function checkUrl(value: unknown, what: string, allow: readonly string[] = WEB): void {
  if (value === undefined) return;
  check(typeof value === 'string', `${what} is not a string`);
  check(
    safeUrl(value, undefined, { allow: allow as never }) === value,
    `${what} is not an absolute, allowed URL: ${String(value)}`,
  );
}

function checkDate(value: unknown, what: string): void {
  if (value === undefined) return;
  check(typeof value === 'string', `${what} is not a string`);
  check(new Date(value as string).toISOString() === value, `${what} is not ISO: ${value}`);
}

function checkAuthor(author: Author, what: string): void {
  checkLine(author.name, `${what}.name`);
  check(typeof author.slug === 'string' && author.slug !== '', `${what}.slug is empty`);
  check(!/[\s/?#]/.test(author.slug), `${what}.slug is not a URL segment: ${author.slug}`);
  checkUrl(author.url, `${what}.url`, ['http:', 'https:', 'mailto:']);
  checkUrl(author.avatar, `${what}.avatar`);
}

function checkArticle(article: Article, what: string): void {
  check(typeof article.id === 'string' && article.id.trim() !== '', `${what}.id is empty`);
  check(typeof article.slug === 'string' && article.slug !== '', `${what}.slug is empty`);
  check(!/[\s/?#]/.test(article.slug), `${what}.slug is not a URL segment: ${article.slug}`);
  checkLine(article.title, `${what}.title`);
  checkLine(article.summary, `${what}.summary`, { allowEmpty: true });
  check(typeof article.bodyText === 'string', `${what}.bodyText is not a string`);
  check(
    article.contentHtml === undefined || typeof article.contentHtml === 'string',
    `${what}.contentHtml is neither a string nor undefined`,
  );
  check(
    article.contentText === undefined ||
      (typeof article.contentText === 'string' && !CONTROL_RE.test(article.contentText)),
    `${what}.contentText is not clean text`,
  );
  checkUrl(article.url, `${what}.url`);
  checkUrl(article.externalUrl, `${what}.externalUrl`);
  checkUrl(article.image, `${what}.image`);
  checkUrl(article.bannerImage, `${what}.bannerImage`);
  checkDate(article.datePublished, `${what}.datePublished`);
  checkDate(article.dateModified, `${what}.dateModified`);
  check(Array.isArray(article.authors) && article.authors.length > 0, `${what} has no author`);
  article.authors.forEach((author, index) => checkAuthor(author, `${what}.authors[${index}]`));
  checkLine(article.section.name, `${what}.section.name`);
  check(article.section.slug.trim() !== '', `${what}.section.slug is empty`);
  check(Array.isArray(article.tags), `${what}.tags is not an array`);
  const lowerTags = article.tags.map((tag) => tag.toLowerCase());
  check(new Set(lowerTags).size === lowerTags.length, `${what}.tags repeat`);
  article.tags.forEach((tag, index) => checkLine(tag, `${what}.tags[${index}]`));
  check(
    article.views === undefined || (Number.isSafeInteger(article.views) && article.views >= 0),
    `${what}.views is not a count`,
  );
  check(typeof article.featured === 'boolean', `${what}.featured is not a boolean`);
  check(Array.isArray(article.attachments), `${what}.attachments is not an array`);
  for (const attachment of article.attachments) {
    checkUrl(attachment.url, `${what}.attachment.url`);
    check(attachment.mimeType.trim() !== '', `${what}.attachment has no MIME type`);
  }
}

/** Throws, naming the first flaw, unless the page is what every consumer may rely on. */
function checkPage(page: FeedPage): void {
  checkUrl(page.url, 'page.url');
  checkLine(page.meta.title, 'meta.title');
  checkLine(page.meta.description, 'meta.description', { allowEmpty: true });
  checkUrl(page.meta.homePageUrl, 'meta.homePageUrl');
  checkUrl(page.meta.icon, 'meta.icon');
  checkUrl(page.meta.favicon, 'meta.favicon');
  checkUrl(page.nextUrl, 'page.nextUrl');
  check(Array.isArray(page.meta.sections), 'meta.sections is not an array');
  for (const section of page.meta.sections) {
    checkLine(section.name, 'a declared section name');
    check(section.slug.trim() !== '', 'a declared section slug is empty');
  }
  check(
    Array.isArray(page.warnings) && page.warnings.every((note) => typeof note === 'string'),
    'warnings are not strings',
  );
  // The normaliser turns an unforeseen exception into a skipped item: that is a bug here.
  const crash = page.warnings.find((note) => note.includes('could not be read'));
  check(crash === undefined, `an item threw: ${crash}`);
  page.articles.forEach((article, index) => checkArticle(article, `articles[${index}]`));
  // Lazily computed fields are plain data to whoever copies the page (cache, storage).
  check(typeof JSON.stringify(page) === 'string', 'the page does not serialise');
}

function normalizeOrReject(json: unknown): FeedPage | undefined {
  try {
    return normalizeFeed(json, FETCHED);
  } catch (error) {
    if (error instanceof FeedError && error.kind === 'not-feed') return undefined;
    throw error;
  }
}

// --- Generators ------------------------------------------------------------------------

const VERSIONS = [
  'https://jsonfeed.org/version/1.1',
  'https://jsonfeed.org/version/1',
  'http://jsonfeed.org/version/1',
  ' https://www.jsonfeed.org/version/1.1 ',
];

/** Strings that stress the text and URL paths, besides arbitrary ones. */
const tricky = fc.constantFrom(
  '',
  ' ',
  '\u0000\u0001\u001f',
  '\ufeff',
  '&amp;',
  '&amp;amp;',
  '&#0;',
  '&#xD800;',
  '&#99999999;',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  '//evil.example/x',
  '/relative/path',
  '../up',
  '?q=1',
  '#frag',
  'http://localhost:3000/x',
  'mailto:a@b.example',
  'tel:+1',
  'https://example.com/a b',
  'http://[::1',
  'https://',
  '2024-02-30',
  '2024-07-03',
  '2018-01-06T08:00',
  '2022-07-26 13:01:01',
  '9999-99-99T99:99:99Z',
  'Tue, 10 Jun 2003 04:00:00 GMT',
  'workflow,omnifocus',
  'medium:id=64164f20e87',
  '🧑‍🏫',
  'עברית',
  '\u200b',
  'a'.repeat(300),
);

const anyString = fc.oneof(tricky, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme' }));

/** Either a value of the field's own type or any JSON value at all. */
function field<T>(own: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: fc.jsonValue() });
}

const author = field(
  fc.record(
    { name: field(anyString), url: field(anyString), avatar: field(anyString) },
    { requiredKeys: [] },
  ),
);

const item = field(
  fc.record(
    {
      id: fc.oneof(anyString, fc.integer(), fc.double(), fc.jsonValue()),
      url: field(anyString),
      external_url: field(anyString),
      title: field(anyString),
      content_html: field(fc.oneof(anyString, fc.constantFrom('<p>x</p><img src="/a.png">'))),
      content_text: field(anyString),
      summary: field(anyString),
      image: field(anyString),
      banner_image: field(anyString),
      date_published: field(anyString),
      date_modified: field(anyString),
      language: field(anyString),
      author,
      authors: field(fc.array(author, { maxLength: 3 })),
      tags: field(fc.oneof(anyString, fc.array(field(anyString), { maxLength: 4 }))),
      attachments: field(
        fc.array(
          field(
            fc.record(
              {
                url: field(anyString),
                mime_type: field(anyString),
                title: field(anyString),
                size_in_bytes: field(fc.double()),
                duration_in_seconds: field(fc.double()),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 2 },
        ),
      ),
      _journal: field(
        fc.record(
          {
            section: field(anyString),
            views: field(fc.oneof(fc.integer(), fc.double())),
            featured: field(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    // Items without an id come from field()'s arbitrary JSON and from non-string ids.
    { requiredKeys: ['id'] },
  ),
);

const feedShaped = fc.record(
  {
    version: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VERSIONS) }, fc.jsonValue()),
    items: fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 6 }) }, fc.jsonValue()),
    title: field(anyString),
    home_page_url: field(anyString),
    feed_url: field(anyString),
    description: field(anyString),
    icon: field(anyString),
    favicon: field(anyString),
    language: field(anyString),
    next_url: field(anyString),
    author,
    authors: field(fc.array(author, { maxLength: 2 })),
    _journal: field(
      fc.record({
        sections: field(
          fc.array(
            field(
              fc.record({ slug: field(anyString), name: field(anyString) }, { requiredKeys: [] }),
            ),
            { maxLength: 3 },
          ),
        ),
      }),
    ),
  },
  { requiredKeys: ['version', 'items'] },
);

// --- Properties --------------------------------------------------------------------------

it(`any JSON value is rejected as not a feed or read into a well-formed page (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(fc.jsonValue(), (json) => {
      const page = normalizeOrReject(json);
      if (page) checkPage(page);
    }),
    { numRuns: RUNS },
  );
}, 120_000);

it('the checks reject a malformed page', () => {
  const good = normalizeFeed(
    { version: VERSIONS[0], items: [{ id: '1', title: 'A', url: 'https://a.example/1' }] },
    FETCHED,
  );
  expect(() => checkPage(good)).not.toThrow();
  const broken = (change: (article: Article) => void) => {
    const article = { ...good.articles[0]! };
    change(article);
    return { ...good, articles: [article] };
  };
  expect(() => checkPage(broken((a) => (a.title = 'two\nlines')))).toThrow(/title/);
  expect(() => checkPage(broken((a) => (a.url = 'javascript:alert(1)')))).toThrow(/url/);
  expect(() => checkPage(broken((a) => (a.image = '/relative.png')))).toThrow(/image/);
  expect(() => checkPage(broken((a) => (a.slug = '')))).toThrow(/slug/);
  expect(() => checkPage(broken((a) => (a.authors = [])))).toThrow(/author/);
  expect(() => checkPage(broken((a) => (a.tags = ['x', 'X'])))).toThrow(/tags/);
  expect(() => checkPage(broken((a) => (a.datePublished = '2024-07-03')))).toThrow(/date/i);
});

it(`anything shaped like a feed becomes a well-formed page (${RUNS} runs)`, () => {
  let pages = 0;
  let articles = 0;
  fc.assert(
    fc.property(feedShaped, (json) => {
      // What JSON.parse could hand over: no undefined, NaN or -0.
      const parsed: unknown = JSON.parse(JSON.stringify(json));
      const page = normalizeOrReject(parsed);
      if (!page) {
        const { version, items } = parsed as { version: unknown; items: unknown };
        check(
          !VERSIONS.includes(version as string) || !Array.isArray(items),
          'a document with a JSON Feed version and items was rejected',
        );
        return;
      }
      pages++;
      articles += page.articles.length;
      checkPage(page);
      // A bad item costs that item, never the page: every item is kept or explained.
      const items = (parsed as { items: unknown[] }).items;
      check(page.articles.length + page.warnings.length >= items.length, 'an item vanished');
    }),
    { numRuns: RUNS },
  );
  // Most generated documents must be feeds, or the property says little.
  expect(pages).toBeGreaterThan(RUNS / 2);
  expect(articles).toBeGreaterThan(RUNS);
}, 120_000);

it('reads a title, summary, author name or tag as text, decoding entities exactly once', () => {
  const escape = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 30 }).filter((text) => {
        const line = collapse(text);
        return line !== '' && !CONTROL_RE.test(text) && !/[\u007f-\u009f\ufeff]/.test(text);
      }),
      fc.boolean(),
      (text, escaped) => {
        // Raw ampersands are prose ("AT&T") or references, covered by the text tests.
        fc.pre(escaped || !text.includes('&'));
        const raw = escaped ? escape(text) : text;
        const page = normalizeFeed(
          {
            version: VERSIONS[0],
            items: [{ id: '1', title: raw, summary: raw, authors: [{ name: raw }], tags: [raw] }],
          },
          FETCHED,
        );
        const article = page.articles[0];
        if (!article) throw new Error('the item was dropped');
        // Escaped, the text comes back as it was written; raw, any markup stays literal.
        const expected = collapse(text);
        expect(article.title).toBe(expected);
        expect(article.summary).toBe(expected);
        expect(article.authors[0]?.name).toBe(expected);
        // Machine tags ("medium:id=…") are dropped on purpose.
        if (!/^[a-z][\w-]*:[\w-]+=/i.test(expected)) expect(article.tags).toEqual([expected]);
      },
    ),
    { numRuns: RUNS },
  );
}, 120_000);
