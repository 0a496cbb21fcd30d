import { shareLinks } from './share-urls';

// Quotes, an ampersand, a question mark, spaces and Cyrillic: everything a query string can trip on.
const title = `Odesa's "port" & ships? Одеса`;
const encodedTitle = "Odesa's%20%22port%22%20%26%20ships%3F%20%D0%9E%D0%B4%D0%B5%D1%81%D0%B0";
// An already percent-encoded path, a `+`, a second parameter and a hash.
const url = 'https://odessa.example/journal/article/odesa-%D0%BF-1a2b?ref=a+b&lang=uk#top';
const encodedUrl =
  'https%3A%2F%2Fodessa.example%2Fjournal%2Farticle%2Fodesa-%25D0%25BF-1a2b%3Fref%3Da%2Bb%26lang%3Duk%23top';

describe('shareLinks', () => {
  it('lists the services in order with their labels', () => {
    expect(shareLinks(url, title).map(({ service, label }) => [service, label])).toEqual([
      ['facebook', 'Share on Facebook'],
      ['x', 'Share on X'],
      ['telegram', 'Share on Telegram'],
      ['whatsapp', 'Share on WhatsApp'],
      ['linkedin', 'Share on LinkedIn'],
      ['email', 'Share by email'],
    ]);
  });

  it('builds every href with each value fully encoded', () => {
    expect(shareLinks(url, title).map(({ href }) => href)).toEqual([
      `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`,
      `https://x.com/intent/tweet?url=${encodedUrl}&text=${encodedTitle}`,
      `https://t.me/share/url?url=${encodedUrl}&text=${encodedTitle}`,
      `https://wa.me/?text=${encodedTitle}%20${encodedUrl}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
      `mailto:?subject=${encodedTitle}&body=${encodedUrl}`,
    ]);
  });

  it('keeps each value in its own parameter', () => {
    const x = new URL(shareLinks(url, title)[1]!.href);
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(title);
    expect([...x.searchParams.keys()]).toEqual(['url', 'text']);
  });

  it('writes spaces in the email link as %20, never +', () => {
    const email = shareLinks('https://odessa.example/article/a-1', 'Port of Odesa reopens')[5]!;
    expect(email.href).toBe(
      'mailto:?subject=Port%20of%20Odesa%20reopens&body=https%3A%2F%2Fodessa.example%2Farticle%2Fa-1',
    );
    expect(email.href).not.toContain('+');
  });
});
