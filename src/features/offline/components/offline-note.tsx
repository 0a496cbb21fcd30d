import { useOnlineStatus } from '../use-online-status';

export const OFFLINE_MESSAGE = 'You are offline. Showing articles saved on this device.';

/**
 * A slim notice under the header while the browser has no connection. The live region
 * stays mounted so that the notice is announced when it appears; the status element
 * itself exists only while offline.
 */
export function OfflineNote() {
  const online = useOnlineStatus();
  return (
    <div aria-live="polite">
      {!online && (
        <p
          role="status"
          className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm font-medium text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          {OFFLINE_MESSAGE}
        </p>
      )}
    </div>
  );
}
