export type ShareService = 'facebook' | 'x' | 'telegram' | 'whatsapp' | 'linkedin' | 'email';

export interface ShareLink {
  service: ShareService;
  label: string;
  href: string;
}

// encodeURIComponent rather than URLSearchParams: the latter writes spaces as `+`, which
// mail clients show literally in a mailto: subject and body.
const enc = encodeURIComponent;

/** Links that hand an article to each service's own share page, in display order. */
export function shareLinks(url: string, title: string): ShareLink[] {
  return [
    {
      service: 'facebook',
      label: 'Share on Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
    },
    {
      service: 'x',
      label: 'Share on X',
      href: `https://x.com/intent/tweet?url=${enc(url)}&text=${enc(title)}`,
    },
    {
      service: 'telegram',
      label: 'Share on Telegram',
      href: `https://t.me/share/url?url=${enc(url)}&text=${enc(title)}`,
    },
    {
      service: 'whatsapp',
      label: 'Share on WhatsApp',
      // WhatsApp takes a single text field, so the URL rides at its end where it is linkified.
      href: `https://wa.me/?text=${enc(`${title} ${url}`)}`,
    },
    {
      service: 'linkedin',
      label: 'Share on LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
    },
    {
      service: 'email',
      label: 'Share by email',
      href: `mailto:?subject=${enc(title)}&body=${enc(url)}`,
    },
  ];
}
