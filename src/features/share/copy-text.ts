/**
 * Puts `text` on the clipboard. Prefers the async Clipboard API; falls back to the
 * legacy `execCommand('copy')` where that API is missing (insecure origins, older
 * WebViews) or refuses (permission denied, document not focused).
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused: the legacy path below may still be allowed.
    }
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;

  const previousFocus =
    document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const selection = document.getSelection();
  // Copies, because the live ranges move with the selection the textarea is about to take.
  const previousRanges = selection
    ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i).cloneRange())
    : [];

  const textarea = document.createElement('textarea');
  textarea.value = text;
  // readonly keeps the on-screen keyboard from opening on touch devices.
  textarea.setAttribute('readonly', '');
  textarea.setAttribute('aria-hidden', 'true');
  textarea.tabIndex = -1;
  Object.assign(textarea.style, {
    position: 'fixed',
    top: '0',
    left: '-9999px',
    opacity: '0',
    pointerEvents: 'none',
    // Below 16px iOS zooms the page when the field takes focus.
    fontSize: '16px',
  });
  document.body.append(textarea);

  let copied = false;
  try {
    textarea.focus({ preventScroll: true });
    textarea.select();
    // iOS Safari ignores select() on its own.
    textarea.setSelectionRange(0, text.length);
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    textarea.remove();
    // Focus first: moving focus may collapse the selection, which is restored after it.
    previousFocus?.focus({ preventScroll: true });
    if (selection) {
      selection.removeAllRanges();
      for (const range of previousRanges) selection.addRange(range);
    }
  }
  return copied;
}
