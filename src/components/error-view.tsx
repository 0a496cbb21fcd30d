import { PageHeading } from './page-heading';

interface ErrorViewProps {
  title: string;
  message: string;
  onRetry?: () => void;
  /** Technical detail for developers and bug reports, collapsed by default. */
  detail?: string;
}

export function ErrorView({ title, message, onRetry, detail }: ErrorViewProps) {
  return (
    <div className="mx-auto max-w-2xl py-12">
      <PageHeading className="text-3xl sm:text-4xl">{title}</PageHeading>
      <div
        role="alert"
        className="mt-6 rounded-xl border border-red-200 bg-red-50 p-5 text-red-950 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
      >
        <p className="text-base leading-relaxed">{message}</p>
        {onRetry && (
          <button
            type="button"
            onClick={onRetry}
            className="mt-4 inline-flex min-h-11 items-center rounded-full bg-red-900 px-5 text-sm font-semibold text-white hover:bg-red-800 dark:bg-red-200 dark:text-red-950 dark:hover:bg-white"
          >
            Try again
          </button>
        )}
      </div>
      {detail && (
        <details className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          <summary className="cursor-pointer">Technical details</summary>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-zinc-100 p-3 text-xs whitespace-pre-wrap dark:bg-zinc-900">
            {detail}
          </pre>
        </details>
      )}
    </div>
  );
}
