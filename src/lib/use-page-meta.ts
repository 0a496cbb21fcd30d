import { useEffect } from 'react';

interface PageMeta {
  /** The page's own title; the publication's name is appended. */
  title?: string;
  siteName: string;
  description?: string;
}

function setMeta(name: string, content: string) {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!element) {
    element = document.createElement('meta');
    element.name = name;
    document.head.append(element);
  }
  element.content = content;
}

/** Keeps `<title>` and the meta description in step with the page being read. */
export function usePageMeta({ title, siteName, description }: PageMeta) {
  useEffect(() => {
    document.title = title ? `${title} — ${siteName}` : siteName;
    if (description) setMeta('description', description);
  }, [title, siteName, description]);
}
