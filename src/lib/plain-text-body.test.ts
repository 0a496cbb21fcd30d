import { markdownToPlainText, stripInlineMarkdown, textToBlocks } from './plain-text-body';

describe('textToBlocks', () => {
  it('splits plain text into paragraphs at blank lines', () => {
    expect(textToBlocks('First paragraph\nstill first.\n\nSecond.')).toEqual([
      { type: 'paragraph', text: 'First paragraph still first.' },
      { type: 'paragraph', text: 'Second.' },
    ]);
  });

  it('reads Markdown headings with their level', () => {
    expect(textToBlocks('### What is new\nText')).toEqual([
      { type: 'heading', text: 'What is new', level: 3 },
      { type: 'paragraph', text: 'Text' },
    ]);
    expect(textToBlocks('Title\n=====\n\nSub\n---')).toEqual([
      { type: 'heading', text: 'Title', level: 1 },
      { type: 'heading', text: 'Sub', level: 2 },
    ]);
  });

  it('reads bulleted and numbered lists, one block per item', () => {
    expect(textToBlocks('* one\n- two\n+ three\n1. four\n2) five')).toEqual([
      { type: 'list-item', text: 'one', level: 1 },
      { type: 'list-item', text: 'two', level: 1 },
      { type: 'list-item', text: 'three', level: 1 },
      { type: 'list-item', text: 'four', level: 1 },
      { type: 'list-item', text: 'five', level: 1 },
    ]);
  });

  it('records nesting of list items', () => {
    expect(textToBlocks('- outer\n  - inner').map((block) => block.level)).toEqual([1, 2]);
  });

  it('joins quote lines into one quote', () => {
    expect(textToBlocks('> We heard the engine,\n> then the impact.\n\nAfter.')).toEqual([
      { type: 'quote', text: 'We heard the engine, then the impact.' },
      { type: 'paragraph', text: 'After.' },
    ]);
  });

  it('strips inline markers', () => {
    expect(
      textToBlocks('**Bold** and _em_ and *also* with `code` and [a link](https://x.y)'),
    ).toEqual([{ type: 'paragraph', text: 'Bold and em and also with code and a link' }]);
  });

  it('keeps snake_case words and lone asterisks', () => {
    expect(textToBlocks('use snake_case_names and 2 * 3 * 4')).toEqual([
      { type: 'paragraph', text: 'use snake_case_names and 2 * 3 * 4' },
    ]);
  });

  it('drops horizontal rules and code fences but keeps the code lines', () => {
    expect(textToBlocks('Before\n\n---\n\n```js\nconst a = 1;\n```')).toEqual([
      { type: 'paragraph', text: 'Before' },
      { type: 'paragraph', text: 'const a = 1;' },
    ]);
  });

  it('removes control characters and joins CJK lines without a space', () => {
    expect(textToBlocks('抓取 RSS 的\b\b檔案\n當做搜尋的資料庫\u001c')).toEqual([
      { type: 'paragraph', text: '抓取 RSS 的檔案當做搜尋的資料庫' },
    ]);
  });

  it('handles CRLF line endings and an empty input', () => {
    expect(textToBlocks('a\r\n\r\nb')).toHaveLength(2);
    expect(textToBlocks('')).toEqual([]);
    expect(textToBlocks('   \n\n  ')).toEqual([]);
  });

  it('never produces markup: HTML in the text stays literal', () => {
    expect(textToBlocks('<script>alert(1)</script>')).toEqual([
      { type: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });
});

describe('stripInlineMarkdown', () => {
  it('keeps image alt text and autolinks', () => {
    expect(stripInlineMarkdown('![A map](map.png) see <https://x.y/z>')).toBe(
      'A map see https://x.y/z',
    );
  });

  it('unescapes escaped markers', () => {
    expect(stripInlineMarkdown('5 \\* 3 \\_x\\_')).toBe('5 * 3 _x_');
  });
});

describe('markdownToPlainText', () => {
  it('gives the blocks as one line', () => {
    expect(markdownToPlainText('### Fixes\n\n* **Faster** login\n* Emoji 🧑‍🏫 work')).toBe(
      'Fixes Faster login Emoji 🧑‍🏫 work',
    );
  });
});
