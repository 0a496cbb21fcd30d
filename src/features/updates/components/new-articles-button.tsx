/**
 * "N new articles", floating at the top of the page. It sits in a zero-height sticky strip,
 * so appearing never pushes the page down.
 */
export function NewArticlesButton({ count, onReveal }: { count: number; onReveal: () => void }) {
  return (
    <div aria-live="polite" className="sticky top-3 z-30 flex h-0 justify-center">
      {count > 0 && (
        <button
          type="button"
          onClick={onReveal}
          className="inline-flex min-h-11 items-center gap-2 rounded-full bg-accent px-5 text-sm font-semibold text-white shadow-lg transition hover:bg-accent-strong dark:bg-accent-soft dark:text-zinc-950"
        >
          <span aria-hidden="true">↑</span>
          {count === 1 ? '1 new article' : `${count} new articles`}
        </button>
      )}
    </div>
  );
}
