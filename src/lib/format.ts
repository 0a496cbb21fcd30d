const viewsFormat = new Intl.NumberFormat('en-US');
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "1 view", "1,234 views": English grouping regardless of the reader's locale. */
export function formatViews(views: number): string {
  return `${viewsFormat.format(views)} ${views === 1 ? 'view' : 'views'}`;
}

/** "20 November 2026". Dates are shown in UTC so every reader sees the same day. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "20 Nov", for dense lists. */
export function formatShortDate(iso: string): string {
  return shortDateFormat.format(new Date(iso));
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
