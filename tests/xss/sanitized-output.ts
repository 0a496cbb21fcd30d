import { parseSrcset, safeUrl } from '../../src/lib/url-policy';
import { findExecutableMarkup } from './executable-markup';

/**
 * Problems in sanitised output, read back the way the page reads it (parsed anew):
 * executable markup, and any link or source the URL policy would refuse.
 */
export function sanitizedOutputProblems(clean: string, base: string): string[] {
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  const problems = findExecutableMarkup(doc, { feedHtml: 'root', baseUrl: base });
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const urls = [element.getAttribute('href'), element.getAttribute('src')];
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) urls.push(...parseSrcset(srcset).map((candidate) => candidate.url));
    for (const url of urls) {
      if (url !== null && safeUrl(url, base) === undefined) {
        problems.push(`${url} fails the URL policy: ${element.outerHTML}`);
      }
    }
  }
  return problems;
}
