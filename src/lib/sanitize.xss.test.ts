/**
 * The script-injection corpus (tests/xss/payloads.ts) through the sanitiser: whatever a
 * feed's body holds, the markup that reaches the page can run nothing. The same corpus
 * runs in Chromium through every feed field in tests/e2e/hostile-feeds.spec.ts.
 */
import { findExecutableMarkup } from '../../tests/xss/executable-markup';
import { XSS_PAYLOADS } from '../../tests/xss/payloads';
import { sanitizedOutputProblems } from '../../tests/xss/sanitized-output';
import { sanitizeArticleHtml } from './sanitize';

const BASE = 'https://journal.example/articles/port';

const problemsIn = (clean: string, base = BASE) => sanitizedOutputProblems(clean, base);

it('has a corpus of at least 60 payloads, each with its own id', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(XSS_PAYLOADS.map((payload) => payload.id)).size).toBe(XSS_PAYLOADS.length);
});

it('the oracle sees executable markup when it is there', () => {
  // Unsanitised, most of the corpus must be caught, or the checks below prove nothing.
  const caught = XSS_PAYLOADS.filter(
    (payload) =>
      findExecutableMarkup(new DOMParser().parseFromString(payload.value, 'text/html'), {
        feedHtml: 'root',
        baseUrl: BASE,
      }).length > 0,
  );
  expect(caught.length).toBeGreaterThanOrEqual(60);
});

describe.each(XSS_PAYLOADS.map((payload) => [payload.id, payload.name, payload] as const))(
  'payload %i (%s)',
  (_id, _name, payload) => {
    it('leaves no executable markup, with or without a base URL', () => {
      const wrapped = `<p>before</p>${payload.value}<p>after</p>`;
      expect(problemsIn(sanitizeArticleHtml(wrapped, BASE))).toEqual([]);
      // Without a base the page's own base applies, in the sanitiser and in the browser.
      expect(problemsIn(sanitizeArticleHtml(wrapped), document.baseURI)).toEqual([]);
      expect(problemsIn(sanitizeArticleHtml(payload.value, BASE))).toEqual([]);
    });

    it('stays inert through a second round of sanitising', () => {
      const once = sanitizeArticleHtml(payload.value, BASE);
      expect(problemsIn(sanitizeArticleHtml(once, BASE))).toEqual([]);
    });

    it('keeps it inert as an attribute value and inside text', () => {
      const escaped = payload.value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
      const html =
        `<a href="${escaped}" title="${escaped}">x</a><img src="${escaped}" alt="${escaped}">` +
        `<iframe src="${escaped}"></iframe><p>${payload.value}</p>`;
      expect(problemsIn(sanitizeArticleHtml(html, BASE))).toEqual([]);
    });
  },
);
