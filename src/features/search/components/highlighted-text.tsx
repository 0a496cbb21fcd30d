import { highlightParts } from '../search-text';

/**
 * Text with the words that matched a search in `<mark>`. Built from text nodes only: a
 * title or a query holding markup shows it as characters, never as elements.
 */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, index) =>
        part.match ? (
          <mark
            key={index}
            className="rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-400/30"
          >
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
