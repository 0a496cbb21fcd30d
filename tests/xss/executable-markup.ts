/**
 * The oracle for "no executable markup": what a sanitised fragment, or a rendered page,
 * must never contain. Self-contained (no imports, nothing from module scope), so that
 * Playwright can run it inside the page with `page.evaluate(findExecutableMarkup, …)`.
 */

export interface MarkupCheck {
  /**
   * Where feed HTML landed: the element itself is checked strictly (no SVG, MathML, style,
   * templates…). Elsewhere in `root` only what could run script is checked, since the
   * app's own chrome uses SVG icons.
   */
  strictSelector?: string;
  /** Base for relative URLs; the document's base URI when absent. */
  baseUrl?: string;
}

/** Every problem found under `root`, in words; empty when the markup is inert. */
export function findExecutableMarkup(root: ParentNode, check: MarkupCheck = {}): string[] {
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
    'meta[http-equiv]',
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

  const problems: string[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const base = check.baseUrl ?? doc.baseURI;

  const describe = (element: Element) => {
    const html = element.outerHTML;
    return html.length > 120 ? `${html.slice(0, 120)}…` : html;
  };

  const safe = (value: string) => {
    try {
      return SAFE_PROTOCOLS.includes(new URL(value, base).protocol);
    } catch {
      // Unparseable: a browser would not follow it either.
      return !/^\s*[a-z][a-z0-9+.-]*\s*:/i.test(value);
    }
  };

  const elements = Array.from(root.querySelectorAll('*'));
  for (const selector of FORBIDDEN) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      problems.push(`forbidden element <${element.localName}>: ${describe(element)}`);
    }
  }
  if (check.strictSelector) {
    for (const container of Array.from(root.querySelectorAll(check.strictSelector))) {
      for (const selector of FORBIDDEN_IN_FEED_HTML) {
        for (const element of Array.from(container.querySelectorAll(selector))) {
          problems.push(`<${element.localName}> in feed HTML: ${describe(element)}`);
        }
      }
      for (const element of Array.from(container.querySelectorAll('[style]'))) {
        problems.push(`style attribute in feed HTML: ${describe(element)}`);
      }
    }
  }

  for (const element of elements) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name}: ${describe(element)}`);
      if (name === 'srcdoc') problems.push(`srcdoc: ${describe(element)}`);
      if (URL_ATTRIBUTES.includes(name) && !safe(attribute.value)) {
        problems.push(`unsafe ${name}: ${describe(element)}`);
      }
      if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of attribute.value.split(/,\s+|,(?=\S+\s)/)) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (url && !safe(url)) problems.push(`unsafe srcset: ${describe(element)}`);
        }
      }
      // SVG animation can write a script URL into a link's href.
      const animated = ['to', 'values', 'from', 'by'].includes(name);
      if (animated && /^\s*(?:javascript|vbscript|livescript)\s*:/i.test(attribute.value)) {
        problems.push(`script URL in ${name}: ${describe(element)}`);
      }
    }
    if (element.localName === 'iframe') {
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
