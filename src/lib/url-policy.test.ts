import fc from 'fast-check';
import { formatSrcset, isExternal, joinReference, parseSrcset, safeUrl } from './url-policy';

describe('safeUrl', () => {
  it('keeps http, https, mailto and tel by default', () => {
    expect(safeUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeUrl('http://example.com')).toBe('http://example.com/');
    expect(safeUrl('mailto:info@3960.org')).toBe('mailto:info@3960.org');
    expect(safeUrl('tel:+380481234567')).toBe('tel:+380481234567');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/1234',
  ])('rejects %j', (raw) => {
    expect(safeUrl(raw, 'https://example.com/')).toBeUndefined();
  });

  it('resolves relative URLs against the base', () => {
    expect(safeUrl('/files/a.pdf', 'http://www.curtclifton.net/post')).toBe(
      'http://www.curtclifton.net/files/a.pdf',
    );
    expect(safeUrl('b.html', 'https://example.com/dir/a.html')).toBe(
      'https://example.com/dir/b.html',
    );
  });

  it('takes protocol-relative URLs as https', () => {
    expect(safeUrl('//platform.twitter.com/widgets.js', 'http://yukaii.tw/')).toBe(
      'https://platform.twitter.com/widgets.js',
    );
  });

  it('gives undefined for a relative URL without a base, and for non-strings', () => {
    expect(safeUrl('/a')).toBeUndefined();
    expect(safeUrl('')).toBeUndefined();
    expect(safeUrl(42)).toBeUndefined();
    expect(safeUrl(null)).toBeUndefined();
  });

  it('still accepts an absolute URL when the base is unusable', () => {
    expect(safeUrl('https://example.com/x', 'not a url')).toBe('https://example.com/x');
  });

  it('applies a narrower allowlist', () => {
    const webOnly = { allow: ['http:', 'https:'] as const };
    expect(safeUrl('mailto:a@b.c', undefined, webOnly)).toBeUndefined();
    expect(safeUrl('https://a.b/', undefined, webOnly)).toBe('https://a.b/');
  });
});

describe('safeUrl and joinReference without the parser', () => {
  // eslint-disable-next-line no-control-regex
  const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

  // What the URL parser makes of `raw`: the result safeUrl must give, parser or not.
  function parsed(raw: string, base?: string, allow = ['http:', 'https:', 'mailto:', 'tel:']) {
    const cleaned = raw.replace(/[\t\n\r]/g, '').replace(EDGES, '');
    if (!cleaned) return undefined;
    const href = cleaned.startsWith('//') ? `https:${cleaned}` : cleaned;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      try {
        url = new URL(href);
      } catch {
        return undefined;
      }
    }
    return allow.includes(url.protocol) ? url.href : undefined;
  }

  it.each([
    ['https://a.example/x', undefined],
    ['https://A.example/x', undefined],
    ['http://a.example', undefined],
    ['https://a.example:443/x', undefined],
    ['https://xn--80ak6aa92e.com/', undefined],
    ['https://a.123/', undefined],
    ['https://a.example/a/../b', undefined],
    ['https://a.example/a/%2E%2E/b', undefined],
    ['https://a.example/x?q=%zz#f#g', undefined],
    ['img/a.png', 'https://a.example/dir/page?q=1#h'],
    ['/a.png', 'https://a.example/dir/page'],
    ['?page=2', 'https://a.example/dir/page?q=1#h'],
    ['#top', 'https://a.example/dir/page?q=1#h'],
    ['#top', 'https://a.example/dir/page?'],
    ['%2e%2e/x', 'https://a.example/dir/page'],
    ['a b.png', 'https://a.example/dir/'],
    ['img/a.png', 'http://localhost:3000/feed.json'],
  ])('gives what the parser gives for %j against %j', (raw, base) => {
    expect(safeUrl(raw, base)).toBe(parsed(raw, base));
  });

  it('gives what the parser gives for generated URLs', () => {
    const piece = fc
      .array(
        fc.constantFrom(...'aZ09-._~!$&()*+,;=:@%/?#\'" \t\\é'.split(''), '%2e', '..', 'xn--'),
        { maxLength: 10 },
      )
      .map((parts) => parts.join(''));
    const host = fc.constantFrom('a.example', 'A.example', 'a.1', 'xn--p1ai', 'a:8080', 'u@a', '');
    const absolute = fc
      .tuple(fc.constantFrom('https://', 'http://', 'HTTP://', '//', 'mailto:'), host, piece)
      .map((parts) => parts.join(''));
    const relative = fc
      .tuple(fc.constantFrom('', '/', '#', '?', './', '../'), piece)
      .map((parts) => parts.join(''));
    const base = fc.constantFrom(
      undefined,
      'https://r.example/feeds/feed.json',
      'https://r.example/a/b/?q=1#h',
      'http://r.example/x?',
      'http://localhost:3000/x',
      'not a url',
    );
    fc.assert(
      fc.property(fc.oneof(absolute, relative), base, (raw, baseUrl) => {
        expect(safeUrl(raw, baseUrl)).toBe(parsed(raw, baseUrl));
        if (baseUrl?.startsWith('http')) {
          const joined = joinReference(raw, baseUrl);
          if (joined !== undefined) expect(joined).toBe(new URL(raw, baseUrl).href);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('isExternal', () => {
  it('is true only for http(s) links to another origin', () => {
    expect(isExternal('https://elsewhere.example/a', 'https://reader.example')).toBe(true);
    expect(isExternal('https://reader.example/a', 'https://reader.example')).toBe(false);
    expect(isExternal('/article/x', 'https://reader.example')).toBe(false);
    expect(isExternal('mailto:a@b.c', 'https://reader.example')).toBe(false);
  });

  it('defaults to the page origin', () => {
    expect(isExternal(`${window.location.origin}/x`)).toBe(false);
    expect(isExternal('https://elsewhere.example/')).toBe(true);
  });
});

describe('parseSrcset / formatSrcset', () => {
  it('splits candidates with descriptors', () => {
    expect(parseSrcset('/a-640.jpg 640w, /a-1280.jpg 1280w')).toEqual([
      { url: '/a-640.jpg', descriptor: '640w' },
      { url: '/a-1280.jpg', descriptor: '1280w' },
    ]);
  });

  it('keeps commas inside URLs and handles candidates without descriptors', () => {
    expect(parseSrcset('https://x.example/c_fill,w_640/a.jpg 1x,/b.jpg')).toEqual([
      { url: 'https://x.example/c_fill,w_640/a.jpg', descriptor: '1x' },
      { url: '/b.jpg', descriptor: '' },
    ]);
  });

  it('round-trips', () => {
    const srcset = 'a.jpg 1x, b.jpg 2x';
    expect(formatSrcset(parseSrcset(srcset))).toBe(srcset);
  });
});
