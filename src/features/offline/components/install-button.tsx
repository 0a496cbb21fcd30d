import { useSyncExternalStore } from 'react';
import { installPromptAvailable, promptInstall, subscribeInstallPrompt } from '../install-prompt';
import { DownloadIcon } from '../../../components/icons';

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
      <DownloadIcon width={18} height={18} />
      Install app
    </button>
  );
}
