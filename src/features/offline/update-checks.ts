const HOUR_MS = 60 * 60 * 1000;
// Focus and visibility changes come in bursts; one look at sw.js per half minute is plenty.
const MIN_GAP_MS = 30 * 1000;

/** The part of a ServiceWorkerRegistration that update checks use. */
interface UpdatableRegistration {
  readonly installing: ServiceWorker | null;
  update: () => Promise<unknown>;
}

interface UpdateCheckOptions {
  intervalMs?: number;
  minGapMs?: number;
  now?: () => number;
}

/**
 * Asks the browser to look for a new service worker every hour and whenever the reader
 * comes back to the tab, so a deployment is noticed by readers who keep the app open for
 * days. Returns a function that stops the checks.
 */
export function watchForUpdates(
  registration: UpdatableRegistration,
  { intervalMs = HOUR_MS, minGapMs = MIN_GAP_MS, now = Date.now }: UpdateCheckOptions = {},
): () => void {
  let lastCheck = Number.NEGATIVE_INFINITY;

  const check = (force: boolean) => {
    // Offline the check can only fail; while a worker installs, one is already under way.
    if (!navigator.onLine || registration.installing) return;
    if (!force && now() - lastCheck < minGapMs) return;
    lastCheck = now();
    registration.update().catch(() => {
      // A failed check (server down, flaky network) is retried at the next trigger.
    });
  };
  const onFocus = () => check(false);
  const onVisibility = () => {
    if (document.visibilityState === 'visible') check(false);
  };

  const timer = setInterval(() => check(true), intervalMs);
  window.addEventListener('focus', onFocus);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

let reloadArmed = false;

/**
 * Once a new worker waits, the next change of controller means it took over (here, or
 * from another tab's "Reload"): the page reloads so that code and cache match again.
 * Workbox's own reload skips pages that had no controller when they registered, such as a
 * first visit left open until an update arrived.
 */
export function reloadWhenControllerChanges(
  container: ServiceWorkerContainer = navigator.serviceWorker,
) {
  if (reloadArmed) return;
  reloadArmed = true;
  container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
}
