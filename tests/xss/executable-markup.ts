/**
 * The oracle for "no executable markup": what a sanitised fragment, or a rendered page,
 * must never contain. Self-contained (no imports, nothing from module scope), so that
 * Playwright can run it inside the page with `page.evaluate(findExecutableMarkup, …)`.
 * Elements are found by tag and class name, never by selector: property tests call this
 * on thousands of documents, and jsdom's selector engine slows down with each one.
 */

export interface MarkupCheck {
  /**
   * Where feed HTML landed: `'root'` when all of `root` is feed HTML, else the class name
   * of the elements that hold it. There, SVG, MathML, styles, templates and form controls
   * are problems too; elsewhere only what could run script is (the app's own chrome has
   * forms and SVG icons).
   */
  feedHtml?: 'root' | string;
  /** Base for relative URLs; the document's base URI when absent. */
  baseUrl?: string;
}

/** Every problem found under `root`, in words; empty when the markup is inert. */
export function findExecutableMarkup(root: Document | Element, check: MarkupCheck = {}): string[] {
  const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
  const EMBED_HOSTS = [
    'www.youtube.com',
    'youtube.com',
    'm.youtube.com',
    'www.youtube-nocookie.com',
    'youtube-nocookie.com',
    'player.vimeo.com',
  ];
  const SANDBOX_TOKENS = ['allow-scripts', 'allow-same-origin', 'allow-presentation'];
  // Never acceptable anywhere in a page's body.
  const FORBIDDEN = [
    'script',
    'object',
    'embed',
    'applet',
    'base',
    'frame',
    'frameset',
    'portal',
    'isindex',
    'keygen',
  ];
  // Never acceptable in feed HTML (the app's own chrome has forms, buttons and SVG icons).
  const FORBIDDEN_IN_FEED_HTML = [
    'svg',
    'math',
    'style',
    'link',
    'meta',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'xmp',
    'title',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'marquee',
  ];
  const URL_ATTRIBUTES = [
    'href',
    'src',
    'action',
    'formaction',
    'poster',
    'data',
    'background',
    'cite',
    'xlink:href',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'ping',
    'manifest',
    'codebase',
    'archive',
  ];
  // SVG animation can write a script URL into a link's href.
  const ANIMATION_ATTRIBUTES = ['to', 'values', 'from', 'by'];
  const SCRIPT_URL_RE = /^\s*(?:javascript|vbscript|livescript)\s*:/i;

  const problems: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const base = check.baseUrl ?? doc.baseURI;

  const describe = (element: Element) => {
    const html = element.outerHTML;
    return html.length > 120 ? `${html.slice(0, 120)}…` : html;
  };

  const safe = (value: string) => {
    try {
      return SAFE_PROTOCOLS.includes(new URL(value, base).protocol);
    } catch {
      // Unparseable: a browser would not follow it either, unless it names a scheme.
      return !/^\s*[a-z][a-z0-9+.-]*\s*:/i.test(value);
    }
  };

  const isFeedHtml = (element: Element) => {
    if (check.feedHtml === undefined) return false;
    if (check.feedHtml === 'root') return true;
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (node.classList.contains(check.feedHtml)) return true;
    }
    return false;
  };

  for (const element of Array.from(root.getElementsByTagName('*'))) {
    const tag = element.localName.toLowerCase();
    const feedHtml = isFeedHtml(element);
    if (FORBIDDEN.includes(tag) || (tag === 'meta' && element.hasAttribute('http-equiv'))) {
      problems.push(`forbidden element <${tag}>: ${describe(element)}`);
    } else if (feedHtml && FORBIDDEN_IN_FEED_HTML.includes(tag)) {
      problems.push(`<${tag}> in feed HTML: ${describe(element)}`);
    }
    if (feedHtml && element.hasAttribute('style')) {
      problems.push(`style attribute in feed HTML: ${describe(element)}`);
    }

    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name}: ${describe(element)}`);
      if (name === 'srcdoc') problems.push(`srcdoc: ${describe(element)}`);
      if (URL_ATTRIBUTES.includes(name) && !safe(attribute.value)) {
        problems.push(`unsafe ${name}: ${describe(element)}`);
      }
      if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of attribute.value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (url && SCRIPT_URL_RE.test(url)) problems.push(`unsafe srcset: ${describe(element)}`);
        }
      }
      if (ANIMATION_ATTRIBUTES.includes(name) && SCRIPT_URL_RE.test(attribute.value)) {
        problems.push(`script URL in ${name}: ${describe(element)}`);
      }
    }

    if (tag === 'iframe') {
      let host = '';
      let protocol = '';
      try {
        const url = new URL(element.getAttribute('src') ?? '', base);
        host = url.hostname;
        protocol = url.protocol;
      } catch {
        // Reported below as not allowlisted.
      }
      if (protocol !== 'https:' || !EMBED_HOSTS.includes(host)) {
        problems.push(`iframe not on the allowlist: ${describe(element)}`);
      }
      const sandbox = element.getAttribute('sandbox');
      if (sandbox === null) problems.push(`iframe without sandbox: ${describe(element)}`);
      else if (sandbox.split(/\s+/).some((token) => token && !SANDBOX_TOKENS.includes(token))) {
        problems.push(`iframe sandbox too loose: ${describe(element)}`);
      }
    }
  }
  return problems;
}

/**
 * A script for `page.evaluate` that runs the check on the page's body, plus the head's
 * share: nothing there may refresh, rebase or run script other than the app's own.
 */
export function pageMarkupCheck(check: MarkupCheck = {}): string {
  return `(() => {
    const problems = (${findExecutableMarkup.toString()})(document.body, ${JSON.stringify(check)});
    for (const element of document.head.querySelectorAll('base, meta[http-equiv], script')) {
      const src = element.getAttribute('src');
      const ownScript =
        element.localName === 'script' &&
        ((src !== null && new URL(src, document.baseURI).origin === location.origin) ||
          element.getAttribute('type') === 'application/ld+json');
      if (!ownScript) problems.push('in <head>: ' + element.outerHTML.slice(0, 120));
    }
    return problems;
  })()`;
}
