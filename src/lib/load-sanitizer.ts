/**
 * The sanitiser (DOMPurify) is only needed on article pages, so it is loaded on
 * demand and stays out of Main's first-load JavaScript. One promise for the page's
 * lifetime: React's `use()` needs a stable promise, and the module loads once.
 */
let pending: Promise<typeof import('./sanitize')> | undefined;

export function loadSanitizer() {
  pending ??= import('./sanitize');
  return pending;
}
