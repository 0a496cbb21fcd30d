function Bar({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-zinc-200 dark:bg-zinc-800 ${className}`} />;
}

export function ListSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div className="space-y-6" aria-hidden="true">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="flex gap-4">
          <div className="flex-1 space-y-3">
            <Bar className="h-3 w-24" />
            <Bar className="h-5 w-11/12" />
            <Bar className="h-4 w-3/4" />
          </div>
          <Bar className="hidden aspect-[4/3] w-40 rounded-lg sm:block" />
        </div>
      ))}
    </div>
  );
}

/** The whole page while the first feed page loads: header, lead and cards. */
export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8">
      <span className="sr-only">Loading the latest articles…</span>
      <div
        className="mx-auto mb-8 flex flex-col items-center gap-3 border-b border-zinc-200 pb-8 dark:border-zinc-800"
        aria-hidden="true"
      >
        <Bar className="h-10 w-72 max-w-full" />
        <Bar className="h-4 w-56 max-w-full" />
      </div>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-4" aria-hidden="true">
          <Bar className="aspect-[16/9] w-full rounded-xl" />
          <Bar className="h-8 w-5/6" />
          <Bar className="h-4 w-2/3" />
        </div>
        <ListSkeleton rows={3} />
      </div>
    </div>
  );
}
