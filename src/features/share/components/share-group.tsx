import { useEffect, useRef, useState } from 'react';
import { copyText } from '../copy-text';
import { shareLinks } from '../share-urls';
import { CheckIcon, LinkIcon, ShareIcon, serviceIcons } from './share-icons';

const COPIED = 'Link copied to clipboard';
const COPY_FAILED = 'Could not copy the link. Select and copy it from the address bar.';
const SHARE_FAILED = 'Sharing is not available here. Use a link below.';
// Long enough to notice the check mark, short enough that a stale "copied" never misleads.
const COPIED_FOR_MS = 4000;

const control =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border ' +
  'transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 ' +
  'focus-visible:outline-accent dark:focus-visible:outline-accent-soft';
const quiet =
  'border-zinc-300 text-zinc-700 hover:border-zinc-400 hover:bg-zinc-100 hover:text-zinc-950 ' +
  'dark:border-zinc-700 dark:text-zinc-300 dark:hover:border-zinc-500 dark:hover:bg-zinc-800 ' +
  'dark:hover:text-white';
const confirmed =
  'border-accent text-accent hover:bg-zinc-100 dark:border-accent-soft dark:text-accent-soft ' +
  'dark:hover:bg-zinc-800';
const pill = `${control} gap-2 px-4 text-sm font-medium`;
const round = `${control} ${quiet} size-11`;

interface Status {
  text: string;
  // A new key per message makes a repeated message a fresh node, so it is announced again.
  key: number;
}

function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  );
}

/** The article page's share controls: native share sheet, copy link, and one link per service. */
export function ShareGroup({ url, title }: { url: string; title: string }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [copied, setCopied] = useState(false);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sharing = useRef(false);

  useEffect(() => () => clearTimeout(clearTimer.current), []);

  const canShareNatively =
    typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  function announce(text: string) {
    clearTimeout(clearTimer.current);
    setCopied(false);
    setStatus((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
  }

  async function handleNativeShare() {
    // A second tap while the sheet is open would reject with InvalidStateError.
    if (sharing.current) return;
    sharing.current = true;
    try {
      await navigator.share({ title, url });
    } catch (error) {
      // The reader closed the sheet: nothing went wrong, so nothing to say.
      if (!isAbort(error)) announce(SHARE_FAILED);
    } finally {
      sharing.current = false;
    }
  }

  async function handleCopy() {
    if (!(await copyText(url))) {
      announce(COPY_FAILED);
      return;
    }
    announce(COPIED);
    setCopied(true);
    clearTimer.current = setTimeout(() => {
      setCopied(false);
      setStatus(null);
    }, COPIED_FOR_MS);
  }

  return (
    <div role="group" aria-label="Share this article" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <span
          aria-hidden="true"
          className="mr-1 text-xs font-semibold tracking-widest text-zinc-500 uppercase dark:text-zinc-400"
        >
          Share
        </span>
        {canShareNatively && (
          <button type="button" className={`${pill} ${quiet}`} onClick={handleNativeShare}>
            <ShareIcon />
            Share…
          </button>
        )}
        {/* The text stays "Copy link" so the accessible name never changes; the icon confirms. */}
        <button
          type="button"
          className={`${pill} ${copied ? confirmed : quiet}`}
          onClick={handleCopy}
        >
          {copied ? <CheckIcon /> : <LinkIcon />}
          Copy link
        </button>
        <ul className="flex flex-wrap gap-2">
          {shareLinks(url, title).map(({ service, label, href }) => {
            const ServiceIcon = serviceIcons[service];
            return (
              <li key={service}>
                <a
                  href={href}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={label}
                  className={round}
                >
                  <ServiceIcon />
                  <span className="sr-only">{label}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </div>
      <p
        role="status"
        aria-live="polite"
        className="min-h-5 text-sm text-zinc-600 dark:text-zinc-400"
      >
        {status && <span key={status.key}>{status.text}</span>}
      </p>
    </div>
  );
}
