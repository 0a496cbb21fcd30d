import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { canonicalUrl } from '../config/paths';

interface PageMeta {
  /** The page's own title; the publication's name is appended. */
  title?: string;
  siteName: string;
  description?: string;
  /** Absolute URL of the picture that stands for the page when it is shared. */
  image?: string;
  type?: 'website' | 'article';
  /** Structured data for the page (schema.org), e.g. a NewsArticle. */
  jsonLd?: Record<string, unknown>;
}

function setTag(selector: string, create: () => HTMLElement, attribute: string, value?: string) {
  let element = document.head.querySelector<HTMLElement>(selector);
  if (!value) {
    element?.remove();
    return;
  }
  if (!element) {
    element = create();
    document.head.append(element);
  }
  element.setAttribute(attribute, value);
}

function setMeta(key: 'name' | 'property', name: string, content?: string) {
  setTag(
    `meta[${key}="${name}"]`,
    () => {
      const meta = document.createElement('meta');
      meta.setAttribute(key, name);
      return meta;
    },
    'content',
    content,
  );
}

function setJsonLd(json?: string) {
  const id = 'page-structured-data';
  let script = document.getElementById(id);
  if (!json) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.id = id;
    script.setAttribute('type', 'application/ld+json');
    document.head.append(script);
  }
  // textContent is never parsed as HTML, so feed text cannot close the element.
  script.textContent = json;
}

/**
 * Keeps the document's head in step with the page being read: `<title>`, the meta
 * description, the canonical link, Open Graph and Twitter card tags, and JSON-LD.
 * The canonical URL is the reader's own: origin + base + path, no query or hash.
 */
export function usePageMeta({
  title,
  siteName,
  description,
  image,
  type = 'website',
  jsonLd,
}: PageMeta) {
  const { pathname } = useLocation();
  // Compared as text, so a new object with the same data does not rerun the effect.
  const serializedJsonLd = jsonLd ? JSON.stringify(jsonLd) : undefined;

  useEffect(() => {
    const fullTitle = title ? `${title} — ${siteName}` : siteName;
    const url = canonicalUrl(pathname);
    document.title = fullTitle;
    setMeta('name', 'description', description);
    setTag(
      'link[rel="canonical"]',
      () => {
        const link = document.createElement('link');
        link.rel = 'canonical';
        return link;
      },
      'href',
      url,
    );
    setMeta('property', 'og:site_name', siteName);
    setMeta('property', 'og:title', title ?? siteName);
    setMeta('property', 'og:description', description);
    setMeta('property', 'og:type', type);
    setMeta('property', 'og:url', url);
    setMeta('property', 'og:image', image);
    setMeta('name', 'twitter:card', image ? 'summary_large_image' : 'summary');
    setMeta('name', 'twitter:title', title ?? siteName);
    setMeta('name', 'twitter:description', description);
    setMeta('name', 'twitter:image', image);
    setJsonLd(serializedJsonLd);
  }, [title, siteName, description, image, type, serializedJsonLd, pathname]);
}
