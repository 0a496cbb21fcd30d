import { use, useMemo } from 'react';
import { loadSanitizer } from '../../../lib/load-sanitizer';
import { textToBlocks, type TextBlock } from '../../../lib/plain-text-body';
import type { Article } from '../../feed/model';

const proseClasses =
  'prose prose-lg prose-zinc max-w-none font-serif dark:prose-invert prose-headings:font-serif prose-headings:tracking-tight prose-a:text-accent prose-a:decoration-accent/40 prose-a:underline-offset-2 dark:prose-a:text-accent-soft prose-img:rounded-lg prose-figcaption:font-sans prose-figcaption:text-sm prose-blockquote:border-accent prose-blockquote:font-normal prose-blockquote:not-italic prose-pre:overflow-x-auto';

function HtmlBody({ html, baseUrl }: { html: string; baseUrl?: string }) {
  const { sanitizeArticleHtml } = use(loadSanitizer());
  const clean = useMemo(
    () => sanitizeArticleHtml(html, baseUrl),
    [sanitizeArticleHtml, html, baseUrl],
  );
  // The HTML comes from the feed and has just been through the sanitiser's allowlist.
  return <div className={proseClasses} dangerouslySetInnerHTML={{ __html: clean }} />;
}

function Block({ block }: { block: TextBlock }) {
  switch (block.type) {
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'quote':
      return <blockquote>{block.text}</blockquote>;
    case 'list-item':
      return <li>{block.text}</li>;
    default:
      return <p>{block.text}</p>;
  }
}

/** Groups consecutive list items into one list so the body reads as written. */
function TextBody({ text }: { text: string }) {
  const groups = useMemo(() => {
    const result: TextBlock[][] = [];
    for (const block of textToBlocks(text)) {
      const last = result.at(-1);
      if (block.type === 'list-item' && last?.[0]?.type === 'list-item') last.push(block);
      else result.push([block]);
    }
    return result;
  }, [text]);
  return (
    <div className={proseClasses}>
      {groups.map((group, index) =>
        group[0]?.type === 'list-item' ? (
          <ul key={index}>
            {group.map((block, item) => (
              <Block key={item} block={block} />
            ))}
          </ul>
        ) : (
          group[0] && <Block key={index} block={group[0]} />
        ),
      )}
    </div>
  );
}

export function ArticleBody({ article }: { article: Article }) {
  if (article.contentHtml) return <HtmlBody html={article.contentHtml} baseUrl={article.url} />;
  if (article.contentText) return <TextBody text={article.contentText} />;
  return (
    <p className="font-serif text-lg text-zinc-600 italic dark:text-zinc-400">
      This article has no text. {article.externalUrl ? 'Read it at its source.' : ''}
    </p>
  );
}
