import type { ReactNode } from 'react';

/**
 * The page's `h1`. It takes focus after a client-side navigation (see
 * `useFocusOnNavigation`), so it is focusable by script but not in the tab order.
 */
export function PageHeading({
  children,
  className = '',
}: {
  children: ReactNode;
  className?: string;
}) {
  return (
    <h1
      tabIndex={-1}
      className={`font-serif font-bold tracking-tight text-zinc-950 dark:text-white ${className}`}
    >
      {children}
    </h1>
  );
}
