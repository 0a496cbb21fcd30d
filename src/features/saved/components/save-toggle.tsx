import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Article } from '../../feed/model';
import { savedArticleQuery, toggleSavedMutation } from '../api/saved-queries';
import { BookmarkIcon } from '../../../components/icons';

/**
 * "Save article": a toggle (aria-pressed) that keeps the whole article on this device for
 * reading offline. It shows the new state at once; a failure puts the old one back and says so.
 */
export function SaveToggle({ article }: { article: Article }) {
  const queryClient = useQueryClient();
  const { data: saved } = useQuery(savedArticleQuery(article.slug));
  const mutation = useMutation(toggleSavedMutation(queryClient));
  const isSaved = mutation.isPending ? mutation.variables.save : Boolean(saved);

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-label="Save article"
        aria-pressed={isSaved}
        onClick={() => mutation.mutate({ article, save: !isSaved })}
        className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-medium transition-colors ${
          isSaved
            ? 'border-accent bg-accent text-white hover:bg-accent-strong dark:border-accent-soft dark:bg-accent-soft dark:text-zinc-950'
            : 'border-zinc-300 text-zinc-700 hover:border-zinc-400 hover:bg-zinc-100 hover:text-zinc-950 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white'
        }`}
      >
        <BookmarkIcon filled={isSaved} width={18} height={18} />
        {isSaved ? 'Saved' : 'Save'}
      </button>
      <p aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {mutation.isError
          ? 'This device could not keep the article. Try again.'
          : mutation.isSuccess && mutation.variables.save
            ? 'Saved on this device: it reads offline too.'
            : ''}
      </p>
    </div>
  );
}
