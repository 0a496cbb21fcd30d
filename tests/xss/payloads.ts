/**
 * Script-injection payloads in the spirit of OWASP's XSS filter evasion cheat sheet, plus
 * the mutation-XSS forms that got past earlier HTML sanitisers. Every payload reports
 * itself if it ever runs:
 *
 * - in the page or a same-origin frame it calls `top.__xss(id)`;
 * - in an opaque-origin document (a `data:` URL) it posts `"__xss:<id>"` to its parent;
 * - a few call `alert(id)` as well, which a test sees as a dialog.
 *
 * A harness defines `window.__xss` (see `XSS_HARNESS`) and fails when anything reported.
 * The same strings go into every field of a feed: those meant for URLs (`javascript:`…)
 * are just as much a test of text fields, and the HTML ones of URL fields.
 */

export interface XssPayload {
  /** Stable number, reported by the payload when it runs. */
  id: number;
  /** What the payload tries, for failure messages. */
  name: string;
  /** The payload itself: HTML, a URL or text. */
  value: string;
}

/** Code that reports payload `id` from the page or any same-origin frame. */
function fire(id: number): string {
  return `top.__xss(${id})`;
}

/** A `data:` HTML document (opaque origin) that reports payload `id` to its parent. */
function dataDocument(id: number): string {
  const html = `<script>parent.postMessage('__xss:${id}','*')</script>`;
  return `data:text/html;base64,${btoa(html)}`;
}

/** `fire(id)` spelt with HTML character references, decimal or hex. */
function entities(text: string, hex: boolean): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return hex ? `&#x${code.toString(16)};` : `&#${code};`;
  }).join('');
}

type Build = (id: number) => string;

const BUILDERS: [name: string, build: Build][] = [
  // Plain script, in its many spellings
  ['script element', (id) => `<script>${fire(id)}</script>`],
  ['script, mixed case', (id) => `<ScRiPt>${fire(id)}</sCrIpT>`],
  ['script with data: src', (id) => `<script src="data:text/javascript,${fire(id)}"></script>`],
  ['script split by a nested script', (id) => `<scr<script>ipt>${fire(id)}</scr</script>ipt>`],
  ['double open bracket', (id) => `<<script>${fire(id)};//<</script>`],
  ['malformed quotes before script', (id) => `<IMG """><SCRIPT>${fire(id)}</SCRIPT>">`],
  ['attribute breakout', (id) => `"><script>${fire(id)}</script>`],
  ['single-quote attribute breakout', (id) => `'><img src=x onerror=${fire(id)}>`],
  ['title breakout', (id) => `</title><script>${fire(id)}</script>`],
  ['script element breakout', (id) => `</script><script>${fire(id)}</script>`],
  ['textarea breakout', (id) => `</textarea><img src=x onerror=${fire(id)}>`],
  ['style breakout', (id) => `</style><img src=x onerror=${fire(id)}>`],
  ['processing instruction', (id) => `<? foo="><script>${fire(id)}</script>">`],
  ['CDATA section', (id) => `<![CDATA[><script>${fire(id)}</script>]]>`],
  ['comment trick', (id) => `<!--<img src="--><img src=x onerror=${fire(id)}//">`],
  // Event handlers
  ['img onerror', (id) => `<img src=x onerror=${fire(id)}>`],
  ['IMG ONERROR upper case', (id) => `<IMG SRC=/ ONERROR="${fire(id)}"></img>`],
  ['onerror, entity-encoded code', (id) => `<img src=x onerror="${entities(fire(id), false)}">`],
  ['onerror, hex entities', (id) => `<img src=x onerror="${entities(fire(id), true)}">`],
  ['onerror, unicode escapes in JS', (id) => `<img src=x onerror=\\u0074op.__xss(${id})>`],
  ['onerror via eval(atob)', (id) => `<img src=x onerror=eval(atob('${btoa(fire(id))}'))>`],
  ['onerror, slash separator', (id) => `<img/src=x/onerror=${fire(id)}>`],
  ['onload on a good image', (id) => `<img src="/favicon.svg" onload="${fire(id)}">`],
  ['unclosed img at the end', (id) => `<img src=x onerror=${fire(id)} `],
  ['svg onload', (id) => `<svg onload=${fire(id)}>`],
  ['svg/onload without spaces', (id) => `<svg/onload=${fire(id)}>`],
  ['body onload', (id) => `<body onload=${fire(id)}>`],
  ['body onpageshow', (id) => `<body onpageshow=${fire(id)}>`],
  ['frameset onload', (id) => `<frameset onload=${fire(id)}>`],
  ['input autofocus onfocus', (id) => `<input autofocus onfocus=${fire(id)}>`],
  ['select autofocus onfocus', (id) => `<select autofocus onfocus=${fire(id)}></select>`],
  ['textarea autofocus onfocus', (id) => `<textarea autofocus onfocus=${fire(id)}></textarea>`],
  ['keygen autofocus onfocus', (id) => `<keygen autofocus onfocus=${fire(id)}>`],
  ['link onfocus with autofocus', (id) => `<a href="#" autofocus onfocus=${fire(id)}>x</a>`],
  ['details ontoggle', (id) => `<details open ontoggle=${fire(id)}><summary>s</summary></details>`],
  ['video source onerror', (id) => `<video><source onerror="${fire(id)}"></video>`],
  ['audio onerror', (id) => `<audio src=x onerror=${fire(id)}>`],
  ['marquee onstart', (id) => `<marquee onstart=${fire(id)}>m</marquee>`],
  ['onclick link', (id) => `<a href="#" onclick="${fire(id)}">click</a>`],
  [
    'full-page onmouseover',
    (id) => `<div onmouseover="${fire(id)}" style="position:fixed;inset:0;z-index:9">x</div>`,
  ],
  // URLs
  ['javascript: URL', (id) => `javascript:${fire(id)}`],
  ['JaVaScRiPt: URL', (id) => `JaVaScRiPt:${fire(id)}`],
  ['javascript: with tab', (id) => `jav\tascript:${fire(id)}`],
  ['javascript: with newline and spaces', (id) => ` \n java\nscript:${fire(id)}`],
  ['javascript: after control characters', (id) => `\u0001\u0010javascript:${fire(id)}`],
  ['data: HTML URL', (id) => dataDocument(id)],
  ['vbscript: URL', (id) => `vbscript:${fire(id)}`],
  ['img src javascript:', (id) => `<img src="javascript:${fire(id)}">`],
  ['link to javascript:', (id) => `<a href="javascript:${fire(id)}">click</a>`],
  ['link, entity-encoded tab', (id) => `<a href="jav&#x09;ascript:${fire(id)}">click</a>`],
  ['link, &colon;', (id) => `<a href="javascript&colon;${fire(id)}">click</a>`],
  [
    'link, scheme as entities',
    (id) => `<a href="${entities('javascript:', true)}${fire(id)}">click</a>`,
  ],
  ['link, leading control entity', (id) => `<a href=" &#14;  javascript:${fire(id)}">click</a>`],
  ['link, unquoted with entity', (id) => `<a href=javas&#99;ript:${fire(id)}>click</a>`],
  ['link to data: HTML', (id) => `<a href="${dataDocument(id)}">click</a>`],
  ['srcset javascript:', (id) => `<img srcset="javascript:${fire(id)} 1x, /x.png 2x">`],
  [
    'picture source javascript:',
    (id) =>
      `<picture><source srcset="javascript:${fire(id)}"><img src=x onerror=${fire(id)}></picture>`,
  ],
  ['video poster javascript:', (id) => `<video poster="javascript:${fire(id)}"></video>`],
  [
    'table background',
    (id) => `<table background="javascript:${fire(id)}"><tr><td>t</td></tr></table>`,
  ],
  [
    'blockquote cite javascript:',
    (id) => `<blockquote cite="javascript:${fire(id)}">q</blockquote>`,
  ],
  // Frames, objects, embeds
  ['iframe javascript:', (id) => `<iframe src="javascript:${fire(id)}"></iframe>`],
  ['iframe srcdoc', (id) => `<iframe srcdoc="<script>${fire(id)}</script>"></iframe>`],
  [
    'iframe srcdoc, entity-encoded',
    (id) => `<iframe srcdoc="&lt;img src=x onerror=${fire(id)}&gt;"></iframe>`,
  ],
  ['iframe data:', (id) => `<iframe src="${dataDocument(id)}"></iframe>`],
  [
    'allowlisted iframe with srcdoc',
    (id) =>
      `<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>${fire(id)}</script>"></iframe>`,
  ],
  [
    'allowlisted iframe with onload',
    (id) => `<iframe src="https://www.youtube.com/embed/x" onload="${fire(id)}"></iframe>`,
  ],
  [
    'allowlisted iframe, own sandbox',
    (id) =>
      `<iframe src="https://player.vimeo.com/video/1" sandbox="allow-top-navigation allow-scripts allow-same-origin allow-popups" onload="${fire(id)}"></iframe>`,
  ],
  ['object data javascript:', (id) => `<object data="javascript:${fire(id)}"></object>`],
  ['object data: HTML', (id) => `<object data="${dataDocument(id)}" type="text/html"></object>`],
  ['embed data: HTML', (id) => `<embed src="${dataDocument(id)}" type="text/html">`],
  ['embed javascript:', (id) => `<embed src="javascript:${fire(id)}">`],
  // Forms
  [
    'button formaction',
    (id) => `<form><button formaction="javascript:${fire(id)}">send</button></form>`,
  ],
  ['form action', (id) => `<form action="javascript:${fire(id)}"><input type=submit></form>`],
  ['isindex action', (id) => `<isindex action="javascript:${fire(id)}" type=image>`],
  // Document-level tricks
  [
    'meta refresh to javascript:',
    (id) => `<meta http-equiv="refresh" content="0;url=javascript:${fire(id)}">`,
  ],
  [
    'meta refresh to data:',
    (id) => `<meta http-equiv="refresh" content="0;url=${dataDocument(id)}">`,
  ],
  [
    'base href javascript:',
    (id) => `<base href="javascript:${fire(id)}//"><a href="/relative">rel</a>`,
  ],
  ['link stylesheet javascript:', (id) => `<link rel=stylesheet href="javascript:${fire(id)}">`],
  // CSS
  ['style @import javascript:', (id) => `<style>@import 'javascript:${fire(id)}';</style>`],
  [
    'style attribute url(javascript:)',
    (id) => `<div style="background-image:url(javascript:${fire(id)})">bg</div>`,
  ],
  ['CSS expression()', (id) => `<div style="width:expression(${fire(id)})">w</div>`],
  [
    'list-style-image javascript:',
    (id) => `<style>li{list-style-image:url("javascript:${fire(id)}")}</style><ul><li>x</li></ul>`,
  ],
  // SVG and MathML
  ['svg script', (id) => `<svg><script>${fire(id)}</script></svg>`],
  [
    'svg animate onbegin',
    (id) => `<svg><animate onbegin=${fire(id)} attributeName=x dur=1s></svg>`,
  ],
  [
    'svg xlink:href javascript:',
    (id) => `<svg><a xlink:href="javascript:${fire(id)}"><text x=20 y=20>x</text></a></svg>`,
  ],
  [
    'svg set href',
    (id) =>
      `<svg><a><set attributeName=href to="javascript:${fire(id)}"/><text y=20>x</text></a></svg>`,
  ],
  [
    'svg foreignObject',
    (id) => `<svg><foreignObject><img src=x onerror=${fire(id)}></foreignObject></svg>`,
  ],
  ['math href', (id) => `<math href="javascript:${fire(id)}">CLICK</math>`],
  ['math xlink:href', (id) => `<math><mi xlink:href="javascript:${fire(id)}">x</mi></math>`],
  // Mutation XSS: markup that parses differently the second time round
  [
    'noscript title',
    (id) => `<noscript><p title="</noscript><img src=x onerror=${fire(id)}>"></noscript>`,
  ],
  [
    'noembed title',
    (id) => `<noembed><img title="</noembed><img src=x onerror=${fire(id)}>"></noembed>`,
  ],
  ['xmp title', (id) => `<xmp><img title="</xmp><img src=x onerror=${fire(id)}>"></xmp>`],
  [
    'noframes title',
    (id) => `<noframes><p title="</noframes><img src=x onerror=${fire(id)}>"></noframes>`,
  ],
  ['title element', (id) => `<title><img title="</title><img src=x onerror=${fire(id)}>"></title>`],
  [
    'textarea element',
    (id) => `<textarea><img title="</textarea><img src=x onerror=${fire(id)}>"></textarea>`,
  ],
  ['style element', (id) => `<style><img title="</style><img src=x onerror=${fire(id)}>"></style>`],
  [
    'svg style (DOMPurify 2.0.0)',
    (id) => `<svg></p><style><a id="</style><img src=1 onerror=${fire(id)}>">`,
  ],
  [
    'math mglyph style (DOMPurify 2.0.17)',
    (id) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${fire(id)}>`,
  ],
  [
    'math mtext table mglyph',
    (id) => `<math><mtext><table><mglyph><style><img src=x onerror=${fire(id)}>`,
  ],
  [
    'template content',
    (id) =>
      `<template><img src=x onerror=${fire(id)}></template><template><script>${fire(id)}</script></template>`,
  ],
  [
    'svg inside template',
    (id) => `<template><svg><style><img src=x onerror=${fire(id)}></style></svg></template>`,
  ],
  // Plain text that only a template engine would run
  ['template expression', (id) => `{{constructor.constructor('${fire(id)}')()}}`],
  ['alert dialog', (id) => `<img src=x onerror="alert(${id});${fire(id)}">`],
];

export const XSS_PAYLOADS: readonly XssPayload[] = BUILDERS.map(([name, build], index) => ({
  id: index + 1,
  name,
  value: build(index + 1),
}));

/**
 * Installs the reporting hooks in a page (pass to `page.addInitScript`): `__xss(id)` and
 * `postMessage("__xss:<id>")` both add the id to `window.__xssHits`.
 */
export function XSS_HARNESS(): void {
  const hits: string[] = [];
  Object.assign(window, {
    __xssHits: hits,
    __xss: (id: unknown) => hits.push(String(id)),
  });
  window.addEventListener('message', (event) => {
    const data = String(event.data);
    if (data.startsWith('__xss:')) hits.push(data.slice('__xss:'.length));
  });
}
