/**
 * Property: whatever HTML a feed sends, the sanitiser's output holds nothing that can run.
 * Generated documents are random trees of the tags that matter (script, iframe, SVG,
 * MathML, style, object, embed, form, raw-text and template elements…) with random
 * attributes (event handlers, styles, URLs in every spelling of javascript:, data: and
 * vbscript:), quoted, unquoted or broken. The output is parsed anew, as the page parses it.
 */
import fc from 'fast-check';
import { sanitizedOutputProblems } from '../../tests/xss/sanitized-output';
import { sanitizeArticleHtml } from './sanitize';

const BASE = 'https://journal.example/articles/port';
const RUNS = 10_000;

// prettier-ignore
const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'picture', 'source', 'video', 'audio', 'figure', 'table',
  'tr', 'td', 'pre', 'code', 'h1', 'blockquote', 'details', 'summary', 'ul', 'li', 'iframe',
  'script', 'style', 'svg', 'math', 'object', 'embed', 'form', 'input', 'button', 'select',
  'option', 'textarea', 'noscript', 'noembed', 'noframes', 'xmp', 'title', 'template',
  'plaintext', 'mglyph', 'mtext', 'mi', 'annotation-xml', 'foreignObject', 'desc', 'animate',
  'set', 'use', 'image', 'base', 'meta', 'link', 'frameset', 'body', 'html', 'head', 'isindex',
  'keygen', 'marquee', 'applet', 'param', 'portal', 'x-custom', 'SCRIPT', 'IfRaMe', 'sVg',
];

// prettier-ignore
const ATTRIBUTES = [
  'href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'poster', 'data', 'background',
  'cite', 'xlink:href', 'style', 'onerror', 'onload', 'onclick', 'OnMouseOver', 'onfocus',
  'onbegin', 'ontoggle', 'autofocus', 'id', 'name', 'class', 'width', 'height', 'sandbox',
  'type', 'http-equiv', 'content', 'is', 'hidden', 'title', 'alt', 'target', 'rel',
  'attributeName', 'to', 'values', 'open', 'encoding', 'xmlns', 'data-src', 'allow',
];

const SCHEMES = [
  'javascript',
  'JaVaScRiPt',
  'vbscript',
  'data',
  'jav\tascript',
  'java\nscript',
  'java&#x09;script',
  'java&#9;script',
  '&#106;avascript',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;',
  ' javascript',
  '\u0001javascript',
  'https',
  'http',
  'mailto',
  'tel',
  'blob',
  'file',
];
const COLONS = [':', '&#58;', '&colon;', '&#x3A;', '%3A', '&#0000058'];
const CODE = [
  'alert(1)',
  'top.__xss(1)',
  'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'text/html,<script>alert(1)</script>',
  'image/svg+xml,<svg onload=alert(1)>',
  '//evil.example/x',
  'x',
];

const url = fc.oneof(
  fc
    .tuple(fc.constantFrom(...SCHEMES), fc.constantFrom(...COLONS), fc.constantFrom(...CODE))
    .map((parts) => parts.join('')),
  fc.constantFrom(
    '//evil.example/a.png',
    '/relative',
    '?q',
    '#frag',
    'https://www.youtube.com/embed/x',
    '//www.youtube.com/embed/x',
    'HTTPS://PLAYER.VIMEO.COM/video/1',
    'https://www.youtube.com.evil.example/embed/x',
    'https://evil.example/?https://www.youtube.com/',
  ),
);

const attributeValue = fc.oneof(
  url,
  fc.constantFrom(
    'alert(1)',
    'top.__xss(1)',
    'width:1px;height:1px',
    'background:url(javascript:alert(1))',
    'expression(alert(1))',
    '</noscript><img src=x onerror=alert(1)>',
    '</style><img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    "'><svg onload=alert(1)>",
    '0;url=javascript:alert(1)',
    'allow-scripts allow-top-navigation',
    '1',
    '',
  ),
  fc.string({ maxLength: 12 }),
);

const attributeName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ATTRIBUTES) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }).map((name) => `on${name}`) },
);

const attribute = fc
  .tuple(attributeName, attributeValue, fc.constantFrom('"', "'", '', 'broken'))
  .map(([name, value, quote]) => {
    if (quote === 'broken') return ` ${name}="${value}`;
    if (quote === '"') return ` ${name}="${value.replaceAll('"', '&quot;')}"`;
    if (quote === "'") return ` ${name}='${value.replaceAll("'", '&#39;')}'`;
    return ` ${name}=${value.replace(/[\s>]/g, '')}`;
  });

const text = fc.oneof(
  fc.constantFrom(
    'text',
    '<',
    '>',
    '&',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '</noscript>',
    '</style>',
    '</title>',
    '</textarea>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<?x ?>',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
  ),
  fc.string({ maxLength: 8 }),
);

// Elements whose URL is the whole point, so that each URL form meets each of them often.
const linking = fc
  .tuple(
    fc.constantFrom('iframe', 'img', 'a', 'source', 'video', 'embed', 'object'),
    fc.constantFrom('src', 'href', 'srcset', 'data', 'poster'),
    url,
    fc.array(attribute, { maxLength: 2 }),
  )
  .map(
    ([tag, name, value, attributes]) =>
      `<${tag} ${name}="${value}"${attributes.join('')}>x</${tag}>`,
  );

const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 2, arbitrary: text },
    { weight: 3, arbitrary: tie('element') },
    { weight: 1, arbitrary: linking },
    fc.string({ maxLength: 10 }).map((comment) => `<!--${comment}-->`),
  ),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.array(attribute, { maxLength: 4 }),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.constantFrom('close', 'close', 'close', 'open', 'self'),
    )
    .map(([tag, attributes, children, end]) => {
      const open = `<${tag}${attributes.join('')}${end === 'self' ? '/' : ''}>`;
      const inner = children.join('');
      return end === 'open' ? `${open}${inner}` : `${open}${inner}</${tag}>`;
    }),
}));

const html = fc.array(node, { minLength: 1, maxLength: 6 }).map((nodes) => nodes.join(''));

const problemsIn = (clean: string, base = BASE) => sanitizedOutputProblems(clean, base);

it(`never outputs executable markup (${RUNS} generated documents)`, () => {
  fc.assert(
    fc.property(html, fc.boolean(), (input, withBase) => {
      const clean = sanitizeArticleHtml(input, withBase ? BASE : undefined);
      // Without a base the page's own base applies, in the sanitiser and in the browser.
      expect(problemsIn(clean, withBase ? BASE : document.baseURI)).toEqual([]);
    }),
    { numRuns: RUNS },
  );
}, 180_000);

it('the generator does produce executable markup (unsanitised)', () => {
  // Guards the property above against a generator that only makes harmless HTML.
  const samples = fc.sample(html, { numRuns: 500, seed: 42 });
  const dangerous = samples.filter((input) => problemsIn(input).length > 0);
  expect(dangerous.length).toBeGreaterThan(samples.length / 4);
}, 30_000);
