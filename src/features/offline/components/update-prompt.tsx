import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { reloadWhenControllerChanges, watchForUpdates } from '../update-checks';

/**
 * Registers the service worker and, when a new deployment has installed one that waits,
 * offers to switch: "Reload" tells the waiting worker to take over (SKIP_WAITING) and the
 * page reloads once it controls the page. "Later" leaves the old version running; the new
 * one takes over by itself when every tab of the reader is closed.
 */
export function UpdatePrompt() {
  const [reloading, setReloading] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) watchForUpdates(registration);
    },
    onNeedRefresh: reloadWhenControllerChanges,
    // The reload is reloadWhenControllerChanges's job; this keeps Workbox from doing it twice.
    onNeedReload() {},
    onRegisterError(error: unknown) {
      console.warn('The offline service worker could not be registered:', error);
    },
  });

  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4"
    >
      {needRefresh && (
        <section
          aria-label="Update"
          className="pointer-events-auto flex flex-wrap items-center gap-3 rounded-2xl bg-zinc-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900"
        >
          <p className="font-medium">A new version is available</p>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={reloading}
              onClick={() => {
                setReloading(true);
                void updateServiceWorker(true);
              }}
              className="inline-flex min-h-11 items-center rounded-full bg-white px-4 font-semibold text-zinc-900 transition hover:bg-zinc-200 disabled:opacity-60 dark:bg-zinc-900 dark:text-white dark:hover:bg-zinc-700"
            >
              {reloading ? 'Reloading…' : 'Reload'}
            </button>
            <button
              type="button"
              onClick={() => setNeedRefresh(false)}
              className="inline-flex min-h-11 items-center rounded-full px-4 font-semibold underline-offset-4 hover:underline"
            >
              Later
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
