import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';

/*
 * Registering the service worker and watching for new versions is not needed for the first
 * paint, so that code (with workbox-window) loads once the page has loaded and the browser
 * is idle: it stays out of Main's first-load JavaScript and off the critical path.
 */
const LazyUpdatePrompt = lazy(() =>
  import('./update-prompt').then(
    (module): { default: ComponentType } => ({ default: module.UpdatePrompt }),
    (error: unknown) => {
      // The reader keeps working online; only offline reading and updates are missing.
      console.error('Offline reading could not be set up:', error);
      return { default: () => null };
    },
  ),
);

/** Calls `callback` once the page has loaded and the browser has a quiet moment. */
function afterLoadWhenIdle(callback: () => void): () => void {
  let idle: number | undefined;
  let timer: number | undefined;
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      idle = requestIdleCallback(callback, { timeout: 3000 });
    } else {
      timer = window.setTimeout(callback, 200);
    }
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** The update prompt (and the service worker behind it), started after the first paint. */
export function UpdatePromptWhenIdle() {
  const [started, setStarted] = useState(false);
  useEffect(() => afterLoadWhenIdle(() => setStarted(true)), []);
  if (!started) return null;
  return (
    <Suspense fallback={null}>
      <LazyUpdatePrompt />
    </Suspense>
  );
}
