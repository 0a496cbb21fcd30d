/**
 * `content_text` as blocks the UI renders as React elements (never as HTML). Many feeds
 * put Markdown there, so the common block markers become block types and inline markers
 * are removed; everything else stays literal text.
 */
import { collapseWhitespace, stripControlChars } from './text';

export type TextBlock = {
  type: 'heading' | 'paragraph' | 'list-item' | 'quote';
  text: string;
  /** Heading level 1–6 (from the number of `#`), or the list item's nesting depth from 1. */
  level?: number;
};

const ATX_HEADING_RE = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_RE = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM_RE = /^([ \t]*)(?:[*+-]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE_RE = /^ {0,3}>[ \t]?(.*)$/;
const RULE_RE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK_RE = /^[ \t]*$/;

const IMAGE_RE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK_RE = /\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))+(?:[ \t]+"[^"]*")?\)/g;
const AUTOLINK_RE = /<((?:https?:|mailto:)[^>\s]+)>/g;
const STRONG_RE = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const STAR_EM_RE = /(^|[^\p{L}\p{N}*\\])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu;
const UNDERSCORE_EM_RE = /(^|[^\p{L}\p{N}_\\])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
const STRIKE_RE = /~~(?=\S)([\s\S]*?\S)~~/g;
const CODE_RE = /`+([^`]+)`+/g;
const ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!>~|])/g;

/** Removes inline Markdown markers (`**bold**`, `_em_`, `` `code` ``, links, images). */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(CODE_RE, '$1')
    .replace(IMAGE_RE, '$1')
    .replace(LINK_RE, '$1')
    .replace(AUTOLINK_RE, '$1')
    .replace(STRONG_RE, '$2')
    .replace(STRIKE_RE, '$1')
    .replace(STAR_EM_RE, '$1$2')
    .replace(UNDERSCORE_EM_RE, '$1$2')
    .replace(ESCAPE_RE, '$1');
}

// Chinese and Japanese text is written without spaces, so a soft line break between two
// such characters joins them directly instead of through a space.
const CJK_END_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START_RE =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!text) text = line;
    else if (CJK_END_RE.test(text) && CJK_START_RE.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text;
}

/** Splits plain or Markdown text into headings, paragraphs, list items and quotes. */
export function textToBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let pending: { type: TextBlock['type']; lines: string[]; level?: number } | undefined;
  let inFence = false;

  const flush = () => {
    if (!pending) return;
    const content = collapseWhitespace(stripInlineMarkdown(joinLines(pending.lines)));
    if (content) {
      const block: TextBlock = { type: pending.type, text: content };
      if (pending.level !== undefined) block.level = pending.level;
      blocks.push(block);
    }
    pending = undefined;
  };

  for (const line of stripControlChars(text).split('\n')) {
    if (FENCE_RE.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      // Code keeps its line breaks as separate paragraphs rather than one run-on line.
      if (!BLANK_RE.test(line)) blocks.push({ type: 'paragraph', text: line.trim() });
      continue;
    }
    if (BLANK_RE.test(line)) {
      flush();
      continue;
    }

    const setext = SETEXT_RE.exec(line);
    if (setext && pending?.type === 'paragraph' && pending.lines.length > 0) {
      pending.type = 'heading';
      pending.level = setext[1]?.startsWith('=') ? 1 : 2;
      flush();
      continue;
    }
    if (RULE_RE.test(line)) {
      flush();
      continue;
    }

    const heading = ATX_HEADING_RE.exec(line);
    if (heading) {
      flush();
      pending = { type: 'heading', lines: [heading[2] ?? ''], level: heading[1]?.length ?? 1 };
      flush();
      continue;
    }

    const quote = QUOTE_RE.exec(line);
    if (quote) {
      if (pending?.type !== 'quote') {
        flush();
        pending = { type: 'quote', lines: [] };
      }
      const inner = quote[1] ?? '';
      // A bare ">" line separates paragraphs inside one quotation.
      if (BLANK_RE.test(inner)) {
        flush();
        pending = { type: 'quote', lines: [] };
      } else {
        pending.lines.push(inner.replace(/^#{1,6}[ \t]+/, ''));
      }
      continue;
    }

    const item = LIST_ITEM_RE.exec(line);
    if (item) {
      flush();
      const indent = (item[1] ?? '').replace(/\t/g, '    ').length;
      pending = { type: 'list-item', lines: [item[2] ?? ''], level: Math.floor(indent / 2) + 1 };
      continue;
    }

    if (pending) pending.lines.push(line);
    else pending = { type: 'paragraph', lines: [line] };
  }
  flush();
  return blocks;
}

/** The text of `textToBlocks` on one line: for search, ledes and reading time. */
export function markdownToPlainText(text: string): string {
  let plain = '';
  for (const block of textToBlocks(text)) plain += plain ? ` ${block.text}` : block.text;
  return plain;
}
