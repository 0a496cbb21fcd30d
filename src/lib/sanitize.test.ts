import { sanitizeArticleHtml } from './sanitize';

const BASE = 'https://journal.example/articles/port';

/** Sanitises into a detached container so tests can query the result like a page. */
function render(html: string, baseUrl?: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = sanitizeArticleHtml(html, baseUrl);
  return container;
}

describe('sanitizeArticleHtml', () => {
  describe('scripts and event handlers', () => {
    it('drops script elements with their content', () => {
      const out = sanitizeArticleHtml('<p>Hi</p><script>alert(1)</script>');
      expect(out).toBe('<p>Hi</p>');
    });

    it('drops inline event handlers', () => {
      const root = render('<img src="https://x.example/a.jpg" onerror="alert(1)" alt="A">');
      const img = root.querySelector('img');
      expect(img).not.toBeNull();
      expect(img?.getAttribute('onerror')).toBeNull();
    });

    it('drops SVG (and its onload) and MathML entirely', () => {
      const out = sanitizeArticleHtml(
        '<svg onload="alert(1)"><text>svg text</text></svg><math><mi>x</mi></math><p>ok</p>',
      );
      expect(out).toBe('<p>ok</p>');
    });

    it('drops forms and their controls but keeps surrounding text', () => {
      const root = render(
        '<form action="https://evil.example"><input name="q"><button>Go</button></form>',
      );
      expect(root.querySelector('form, input, button')).toBeNull();
      expect(root.textContent).toBe('Go');
    });
  });

  describe('URLs', () => {
    it.each([
      ['javascript:alert(1)'],
      ['JavaScript:alert(1)'],
      ['jav&#x09;ascript:alert(1)'],
      ['&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'],
      ['  javascript:alert(1)'],
      ['vbscript:msgbox(1)'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ])('removes the unsafe href %s but keeps the text', (href) => {
      const root = render(`<p><a href="${href}">click</a></p>`);
      const link = root.querySelector('a');
      expect(link?.hasAttribute('href') ?? false).toBe(false);
      expect(root.textContent).toBe('click');
    });

    it('removes data: image sources', () => {
      const root = render('<p>x<img src="data:image/png;base64,AAAA" alt="pixel">y</p>');
      expect(root.querySelector('img')).toBeNull();
    });

    it('keeps mailto and tel links', () => {
      const root = render('<a href="mailto:info@3960.org">mail</a> <a href="tel:+380481">call</a>');
      expect(root.querySelectorAll('a[href]')).toHaveLength(2);
    });

    it('resolves relative URLs against the base it is given', () => {
      const root = render(
        '<a href="/files/a.pdf">PDF</a><img src="img/p.jpg" srcset="img/p-2x.jpg 2x" alt="P">',
        BASE,
      );
      expect(root.querySelector('a')?.getAttribute('href')).toBe(
        'https://journal.example/files/a.pdf',
      );
      expect(root.querySelector('img')?.getAttribute('src')).toBe(
        'https://journal.example/articles/img/p.jpg',
      );
      expect(root.querySelector('img')?.getAttribute('srcset')).toBe(
        'https://journal.example/articles/img/p-2x.jpg 2x',
      );
    });

    it('keeps a relative link as it is without a base, and does not treat it as external', () => {
      const root = render('<a href="/about">About</a>');
      const link = root.querySelector('a');
      expect(link?.getAttribute('href')).toBe('/about');
      expect(link?.hasAttribute('target')).toBe(false);
    });

    it('drops unsafe candidates from srcset and keeps the safe ones', () => {
      const root = render(
        '<img src="https://x.example/a.jpg" srcset="javascript:alert(1) 1x, https://x.example/b.jpg 2x" alt="A">',
      );
      expect(root.querySelector('img')?.getAttribute('srcset')).toBe('https://x.example/b.jpg 2x');
    });

    it('checks poster and cite URLs', () => {
      const root = render(
        '<video src="https://x.example/v.mp4" poster="javascript:alert(1)"></video><blockquote cite="javascript:x">q</blockquote>',
      );
      expect(root.querySelector('video')?.hasAttribute('poster')).toBe(false);
      expect(root.querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
    });
  });

  describe('links', () => {
    it('opens external links in a new tab without opener or referrer', () => {
      const root = render('<a href="https://elsewhere.example/story" target="_self">story</a>');
      const link = root.querySelector('a');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });

    it('leaves same-origin links in the same tab', () => {
      const root = render(`<a href="${window.location.origin}/article/x">here</a>`);
      expect(root.querySelector('a')?.hasAttribute('target')).toBe(false);
    });

    it('removes links with nothing to read, such as heading anchors', () => {
      const root = render(
        '<h2>Пурим<a href="https://x.example/#a" class="hash-link">\u200b</a></h2>',
      );
      expect(root.querySelector('a')).toBeNull();
      expect(root.querySelector('h2')?.textContent).toBe('Пурим');
    });
  });

  describe('styles and feed-supplied attributes', () => {
    it('drops style elements and style attributes', () => {
      const root = render('<style>body{display:none}</style><p style="color:red">Text</p>');
      expect(root.querySelector('style')).toBeNull();
      expect(root.querySelector('p')?.hasAttribute('style')).toBe(false);
      expect(root.textContent).toBe('Text');
    });

    it('drops id, class, data-* and aria-* from the feed', () => {
      const root = render('<p id="x" class="y" data-z="1" aria-hidden="true" lang="uk">Слава</p>');
      const p = root.querySelector('p');
      expect(p?.getAttributeNames()).toEqual(['lang']);
    });

    it('keeps content the author hid hidden (display:none, hidden)', () => {
      const root = render(
        '<p id="showChromium" style="display:none;">You are on Chromium.</p><p hidden>Also hidden</p><p>Shown</p>',
      );
      expect(root.textContent).toBe('Shown');
    });

    it('turns an h1 in the body into an h2', () => {
      const root = render('<h1 lang="en">Headline</h1><p>Body</p>');
      expect(root.querySelector('h1')).toBeNull();
      expect(root.querySelector('h2')).toHaveTextContent('Headline');
      expect(root.querySelector('h2')).toHaveAttribute('lang', 'en');
    });

    it('keeps tables, figures, lists and code', () => {
      const html =
        '<figure><img src="https://x.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><table><tbody><tr><td colspan="2">c</td></tr></tbody></table><ol start="3"><li>i</li></ol><pre><code>x &lt; y</code></pre>';
      const root = render(html);
      expect(root.querySelector('figure figcaption')).toHaveTextContent('Cap');
      expect(root.querySelector('td')).toHaveAttribute('colspan', '2');
      expect(root.querySelector('ol')).toHaveAttribute('start', '3');
      expect(root.querySelector('pre code')).toHaveTextContent('x < y');
    });

    it('survives style attributes that make the HTML parser give up', () => {
      const root = render(
        '<div style="background: padding-box padding-box rgba(0, 0, 0, 0.1);"><p>Still here</p></div>',
      );
      expect(root.textContent).toBe('Still here');
    });

    it('removes control characters from text', () => {
      expect(sanitizeArticleHtml('<p>a\u0008b\u001fc</p>')).toBe('<p>abc</p>');
    });
  });

  describe('images and media', () => {
    it('lazy-loads images', () => {
      const img = render('<img src="https://x.example/a.jpg" alt="A">').querySelector('img');
      expect(img).toHaveAttribute('loading', 'lazy');
      expect(img).toHaveAttribute('decoding', 'async');
    });

    it('removes 1×1 tracking pixels', () => {
      const root = render(
        '<p>Text<img src="https://t.example/p.gif" width="1" height="1" alt=""></p>',
      );
      expect(root.querySelector('img')).toBeNull();
    });

    it('removes analytics beacons by their address (Matomo with a broken entity)', () => {
      const root = render(
        '<img src="https://stats.3960.org/p.php?idsite=8amp;action_name=Lecker&amp;url=x" style="border:0;" alt="" /><img src="https://x.example/matomo.php?rec=1" alt="">',
      );
      expect(root.querySelector('img')).toBeNull();
    });

    it('uses the real source of lazy-loading markup', () => {
      const img = render(
        '<img src="data:image/gif;base64,R0lGOD" data-src="https://x.example/real.jpg" alt="R">',
      ).querySelector('img');
      expect(img).toHaveAttribute('src', 'https://x.example/real.jpg');
    });

    it('gives audio and video controls and never autoplays', () => {
      const root = render(
        '<audio src="https://x.example/a.mp3" autoplay loop></audio><video src="https://x.example/v.mp4" autoplay muted></video>',
      );
      for (const media of Array.from(root.querySelectorAll('audio, video'))) {
        expect(media).toHaveAttribute('controls');
        expect(media.hasAttribute('autoplay')).toBe(false);
      }
    });

    it('keeps an unclosed audio element playable', () => {
      const root = render('<p>Duration: 3:25</p>\n<audio src="https://x.example/episode.mp3">\n');
      expect(root.querySelector('audio')).toHaveAttribute('src', 'https://x.example/episode.mp3');
    });
  });

  describe('iframes', () => {
    it('keeps YouTube embeds, sandboxed and lazy, and drops srcdoc', () => {
      const root = render(
        '<iframe src="https://www.youtube-nocookie.com/embed/G2dGWH90aew?enablejsapi=1" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;" allowfullscreen="allowfullscreen"></iframe>',
      );
      const iframe = root.querySelector('iframe');
      expect(iframe).toHaveAttribute(
        'src',
        'https://www.youtube-nocookie.com/embed/G2dGWH90aew?enablejsapi=1',
      );
      expect(iframe).toHaveAttribute(
        'sandbox',
        'allow-scripts allow-same-origin allow-presentation',
      );
      expect(iframe).toHaveAttribute('loading', 'lazy');
      expect(iframe).toHaveAttribute('allowfullscreen');
      expect(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      expect(iframe).toHaveAttribute('title', 'Embedded video from YouTube');
      expect(iframe?.hasAttribute('srcdoc')).toBe(false);
    });

    it('keeps Vimeo players and upgrades http embeds to https', () => {
      const root = render('<iframe src="http://player.vimeo.com/video/1" title="Talk"></iframe>');
      expect(root.querySelector('iframe')).toHaveAttribute(
        'src',
        'https://player.vimeo.com/video/1',
      );
      expect(root.querySelector('iframe')).toHaveAttribute('title', 'Talk');
    });

    it('turns other iframes into a link to their source', () => {
      const root = render('<iframe src="https://speakerdeck.com/player/abc"></iframe>');
      expect(root.querySelector('iframe')).toBeNull();
      const link = root.querySelector('a');
      expect(link).toHaveTextContent('Embedded content: speakerdeck.com');
      expect(link).toHaveAttribute('href', 'https://speakerdeck.com/player/abc');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });

    it('keeps a protocol-relative embed when no base URL is given', () => {
      const root = render('<iframe src="//www.youtube.com/embed/x"></iframe>');
      expect(root.querySelector('iframe')).toHaveAttribute(
        'src',
        'https://www.youtube.com/embed/x',
      );
    });

    it('removes iframes with an unsafe or missing source', () => {
      expect(
        sanitizeArticleHtml('<iframe src="javascript:alert(1)"></iframe><iframe></iframe>'),
      ).toBe('');
    });
  });

  it('survives hidden-content markers on the body itself', () => {
    // The parser moves <body> attributes onto the root that the sanitiser walks from.
    expect(sanitizeArticleHtml('<p>a<body hidden>b</p>')).toBe('<p>ab</p>');
    expect(sanitizeArticleHtml('<body style="display:none"><p>c</p>')).toBe('<p>c</p>');
  });

  it('does not affect other users of DOMPurify', async () => {
    sanitizeArticleHtml('<a href="https://elsewhere.example/">x</a>');
    const { default: DOMPurify } = await import('dompurify');
    expect(DOMPurify.sanitize('<a href="https://elsewhere.example/">x</a>')).toBe(
      '<a href="https://elsewhere.example/">x</a>',
    );
  });
});
