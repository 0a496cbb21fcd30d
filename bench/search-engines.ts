import { Document, type DocumentData } from 'flexsearch';
import Fuse from 'fuse.js';
import { ArticleIndex } from '../src/features/search/search-index.ts';
import type { SearchDocument } from '../src/features/search/search-document.ts';
import { searchTerms } from '../src/features/search/search-text.ts';

/**
 * The search libraries under comparison, each set up as close to the reader's needs as
 * it allows: the same documents, the same text normalisation, title boosted, prefix and
 * typo matching where the library has them. `search` returns how many articles it found.
 */
export interface SearchEngine {
  name: string;
  build: (documents: readonly SearchDocument[]) => void;
  search: (query: string) => number;
}

/** What the reader ships: src/features/search/search-index.ts. */
export function miniSearchEngine(): SearchEngine {
  let index = new ArticleIndex();
  return {
    name: 'MiniSearch',
    build: (documents) => {
      index = new ArticleIndex();
      index.add(documents);
    },
    search: (query) => index.search({ query, limit: 20 }).total,
  };
}

const FIELDS = ['title', 'summary', 'body', 'section', 'authors', 'tags'] as const;

/**
 * FlexSearch's document index with "forward" tokenisation (prefixes) and the reader's own
 * folding as its encoder. It has no edit-distance matching: its answer to typos is
 * phonetic encoders, which do not fit Cyrillic and names.
 */
export function flexSearchEngine(): SearchEngine {
  const create = () =>
    new Document<DocumentData>({
      document: {
        id: 'id',
        index: FIELDS.map((field) => ({ field, tokenize: 'forward' as const, encode: searchTerms })),
      },
    });
  let index = create();
  return {
    name: 'FlexSearch',
    build: (documents) => {
      index = create();
      for (const document of documents) index.add({ ...document });
    },
    search: (query) => {
      const ids = new Set<string | number>();
      // Title first: FlexSearch answers per field and leaves the ranking across fields to us.
      for (const field of index.search(query, { limit: 20 })) {
        for (const id of field.result) ids.add(id as string | number);
      }
      return ids.size;
    },
  };
}

/** Fuse.js: fuzzy matching by scanning every document, the usual small-site choice. */
export function fuseEngine(): SearchEngine {
  let fuse = new Fuse<SearchDocument>([]);
  return {
    name: 'Fuse.js',
    build: (documents) => {
      fuse = new Fuse(documents, {
        keys: [
          { name: 'title', weight: 4 },
          { name: 'tags', weight: 2 },
          { name: 'authors', weight: 2 },
          { name: 'section', weight: 1.5 },
          { name: 'summary', weight: 1.5 },
          { name: 'body', weight: 1 },
        ],
        ignoreLocation: true,
        ignoreDiacritics: true,
        threshold: 0.3,
      });
    },
    search: (query) => fuse.search(query, { limit: 20 }).length,
  };
}
