import { useSyncExternalStore } from 'react';
import { installPromptAvailable, promptInstall, subscribeInstallPrompt } from '../install-prompt';

const never = () => false;

/** "Install app": shown only while the browser offers installation (`beforeinstallprompt`). */
export function InstallButton() {
  const available = useSyncExternalStore(subscribeInstallPrompt, installPromptAvailable, never);
  if (!available) return null;
  return (
    <button
      type="button"
      onClick={() => void promptInstall()}
      className="inline-flex min-h-11 items-center gap-1.5 rounded-full px-3 text-sm font-semibold text-accent transition hover:bg-zinc-100 dark:text-accent-soft dark:hover:bg-zinc-800"
    >
      <svg
        viewBox="0 0 24 24"
        width="18"
        height="18"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M12 3v12M7 10l5 5 5-5M5 21h14" />
      </svg>
      Install app
    </button>
  );
}
