/** The reader's own name, shown when the feed (and so its title) is not available. */
export const APP_NAME = 'The Odessa Journal';
