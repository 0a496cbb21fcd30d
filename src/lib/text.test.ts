import fc from 'fast-check';
import {
  collapseWhitespace,
  decodeEntities,
  escapeAttribute,
  htmlToText,
  rewriteAttributes,
  stripControlChars,
  toPlainLine,
  truncateAtWord,
} from './text';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('Add Task &amp; Sub Tasks')).toBe('Add Task & Sub Tasks');
    expect(decodeEntities('It&#039;s &#x2014; &hellip;')).toBe("It's — …");
  });

  it('decodes exactly once', () => {
    expect(decodeEntities('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });

  it('reads numeric references 128–159 as Windows-1252, as browsers do', () => {
    expect(decodeEntities('&#8216;Jokes&#8217; &#150; &#147;x&#148;')).toBe('‘Jokes’ – “x”');
  });

  it('leaves unknown names, unterminated references and bare ampersands alone', () => {
    expect(decodeEntities('AT&T &bogus; &amp')).toBe('AT&T &bogus; &amp');
  });

  it('replaces invalid code points with U+FFFD', () => {
    expect(decodeEntities('a&#0;b&#xD800;c')).toBe('a\ufffdb\ufffdc');
  });
});

describe('stripControlChars', () => {
  it('removes C0/C1 controls and the BOM but keeps tabs and line breaks', () => {
    expect(stripControlChars('\ufeffa\bb\u001cc\u001f\td\ne\u0085')).toBe('abc\td\ne');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(stripControlChars('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs of any whitespace and trims', () => {
    expect(collapseWhitespace('  a \n\t b\u00a0\u00a0c  ')).toBe('a b c');
  });
});

describe('toPlainLine', () => {
  it('decodes, strips controls and collapses, in that order', () => {
    expect(toPlainLine(' Tom &amp; Jerry\u0008\n  again ')).toBe('Tom & Jerry again');
  });

  it('keeps markup as literal text', () => {
    expect(toPlainLine('<b>bold</b>')).toBe('<b>bold</b>');
  });
});

describe('toPlainLine on text that needs nothing', () => {
  it('gives what decoding, stripping and collapsing give', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '\n',
        '\r',
        '\u00a0',
        '\u2028',
        '\u3000',
        '\ufeff',
        '\u0085',
      ),
      fc.constantFrom('&', '&amp;', '\u0000', '\u007f', '\u009f', 'é', '’', '中', '😀'),
      fc.string({ minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(toPlainLine(text)).toBe(collapseWhitespace(stripControlChars(decodeEntities(text))));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('htmlToText', () => {
  it('separates blocks and joins inline elements', () => {
    expect(htmlToText('<p>One <em>two</em>.</p><p>Three<br>four</p>')).toBe('One two. Three four');
  });

  it('drops scripts, styles, comments and iframes with their content', () => {
    const html =
      '<style>p{color:red}</style><!-- more --><p>Kept</p><script>alert("x > y")</script><iframe src="x">fallback</iframe>';
    expect(htmlToText(html)).toBe('Kept');
  });

  it('handles quoted ">" inside attributes and an unclosed script', () => {
    expect(htmlToText('<img alt="a > b" src="x"><p>Text</p><script>never')).toBe('Text');
  });

  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('<p>&lt;p&gt; is a paragraph &amp; more</p>')).toBe(
      '<p> is a paragraph & more',
    );
  });

  it('returns an empty string for image-only markup', () => {
    expect(htmlToText('<p><img src="a.jpg" width="600"></p>\n')).toBe('');
  });
});

describe('truncateAtWord', () => {
  it('keeps short text whole', () => {
    expect(truncateAtWord('A short line', 80)).toBe('A short line');
  });

  it('cuts at the last word boundary and adds an ellipsis', () => {
    const text = 'The quick brown fox jumps over the lazy dog and keeps running far away';
    expect(truncateAtWord(text, 30)).toBe('The quick brown fox jumps over…');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateAtWord('Alpha beta, gamma delta epsilon', 12)).toBe('Alpha beta…');
  });

  it('cuts text without spaces at a character, never inside a surrogate pair', () => {
    expect(truncateAtWord('前幾天在上看到了這篇文章原理就是抓取的檔案', 10)).toBe(
      '前幾天在上看到了這篇…',
    );
    const emoji = '😀'.repeat(10);
    const cut = truncateAtWord(emoji, 5);
    expect(cut).toBe('😀😀…');
  });
});

describe('rewriteAttributes', () => {
  const upperHref = (name: string, value: string) =>
    name === 'href' ? value.toUpperCase() : undefined;

  it('rewrites values with any quoting and escapes the result', () => {
    expect(rewriteAttributes(`<a HREF='/a?x=1&amp;y="2"'>x</a><a href=b>y</a>`, upperHref)).toBe(
      '<a HREF="/A?X=1&amp;Y=&quot;2&quot;">x</a><a href="B">y</a>',
    );
  });

  it('drops an attribute when asked to', () => {
    const noStyle = (name: string) => (name === 'style' ? null : undefined);
    expect(rewriteAttributes('<p style="a>b" lang="uk" hidden>t</p>', noStyle)).toBe(
      '<p lang="uk" hidden>t</p>',
    );
  });

  it('leaves text, and text inside other attribute values, alone', () => {
    const html = '<pre>&lt;a href="/x"&gt;</pre><p>see href="/y"</p><img alt="a href=/z" src="s">';
    expect(rewriteAttributes(html, upperHref)).toBe(html);
  });
});

describe('escapeAttribute', () => {
  it('escapes ampersands and double quotes only', () => {
    expect(escapeAttribute(`a&b "c" 'd' <e>`)).toBe(`a&amp;b &quot;c&quot; 'd' <e>`);
  });
});
