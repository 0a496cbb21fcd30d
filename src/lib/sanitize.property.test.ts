/**
 * Property: whatever HTML a feed sends, the sanitiser's output holds nothing that can run.
 * Generated documents are random trees of the tags that matter (script, iframe, SVG,
 * MathML, style, object, embed, form, raw-text and template elements…) with random
 * attributes (event handlers, styles, URLs in every spelling of javascript:, data: and
 * vbscript:), quoted, unquoted or broken. The output is parsed anew, as the page parses it.
 */
import fc from 'fast-check';
import { findExecutableMarkup } from '../../tests/xss/executable-markup';
import { sanitizeArticleHtml } from './sanitize';
import { safeUrl } from './url-policy';

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
  fc.constantFrom('//evil.example/a.png', '/relative', '?q', '#frag', 'https://www.youtube.com/embed/x'),
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

const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    tie('element'),
    fc.string({ maxLength: 10 }).map((comment) => `<!--${comment}-->`),
  ),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.array(attribute, { maxLength: 4 }),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.constantFrom('close', 'close', 'close', 'open', 'self'),
    )
    .map(([tag, attributes, children, end]) => {
      const open = `<${tag}${attributes.join('')}${end === 'self' ? '/' : ''}>`;
      const inner = children.join('');
      return end === 'open' ? `${open}${inner}` : `${open}${inner}</${tag}>`;
    }),
}));

const html = fc.array(node, { maxLength: 4 }).map((nodes) => nodes.join(''));

function problemsIn(clean: string): string[] {
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  const problems = findExecutableMarkup(doc, { strictSelector: 'body', baseUrl: BASE });
  for (const element of Array.from(doc.querySelectorAll('[href], [src]'))) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value !== null && safeUrl(value, BASE) === undefined) {
        problems.push(`${name} fails the URL policy: ${element.outerHTML}`);
      }
    }
  }
  return problems;
}

it(`never outputs executable markup (${RUNS} generated documents)`, () => {
  fc.assert(
    fc.property(html, fc.boolean(), (input, withBase) => {
      const clean = sanitizeArticleHtml(input, withBase ? BASE : undefined);
      expect(problemsIn(clean)).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});

it('the generator does produce executable markup (unsanitised)', () => {
  // Guards the property above against a generator that only makes harmless HTML.
  const samples = fc.sample(html, { numRuns: 500, seed: 42 });
  const dangerous = samples.filter((input) => problemsIn(input).length > 0);
  expect(dangerous.length).toBeGreaterThan(samples.length / 4);
});
