import { safeUrl, WEB_ONLY } from '../../../lib/url-policy';

interface ArticleImageProps {
  src: string;
  /** Empty for decorative images next to their headline. */
  alt?: string;
  className?: string;
  /** The lead image is the page's largest paint: load it first. */
  priority?: boolean;
}

/**
 * Feed images have no declared size, so every image gets a fixed 16:9 box: the page
 * never shifts when it arrives, and odd ratios are cropped to the box.
 */
export function ArticleImage({
  src,
  alt = '',
  className = '',
  priority = false,
}: ArticleImageProps) {
  // The model's URLs are checked when the feed is read; checked again here because an
  // article may also come from storage, and a source is where a bad URL would do harm.
  const href = safeUrl(src, undefined, WEB_ONLY);
  if (!href) return null;
  return (
    <img
      src={href}
      alt={alt}
      width={1200}
      height={675}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding="async"
      className={`aspect-[16/9] w-full bg-zinc-100 object-cover dark:bg-zinc-800 ${className}`}
    />
  );
}
