import type { JsonFeedAuthor } from './json-feed.ts';

// A fictional newsroom: staff correspondents, a contributor and a wire service, so the
// fixtures cover authors with and without a profile link and shared bylines.

export const olenaHrytsenko: JsonFeedAuthor = {
  name: 'Olena Hrytsenko',
  url: 'https://odessa-journal.example/staff/olena-hrytsenko',
};

export const tarasBondar: JsonFeedAuthor = {
  name: 'Taras Bondar',
  url: 'https://odessa-journal.example/staff/taras-bondar',
};

export const mariiaLysak: JsonFeedAuthor = { name: 'Mariia Lysak' };

export const danielWhitcombe: JsonFeedAuthor = {
  name: 'Daniel Whitcombe',
  url: 'https://odessa-journal.example/contributors/daniel-whitcombe',
};

export const sofiiaMarchenko: JsonFeedAuthor = { name: 'Sofiia Marchenko' };

export const yuriiKostiuk: JsonFeedAuthor = {
  name: 'Yurii Kostiuk',
  url: 'https://odessa-journal.example/staff/yurii-kostiuk',
};

export const blackSeaWire: JsonFeedAuthor = {
  name: 'Black Sea Wire',
  url: 'https://black-sea-wire.example/',
};
