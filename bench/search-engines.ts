import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { ArticleIndex } from '../src/features/search/search-index.ts';
import type { SearchDocument } from '../src/features/search/search-document.ts';
import { foldWord, isStopWord, splitWords } from '../src/features/search/search-text.ts';

/**
 * The search libraries under comparison, each set up as close to the reader's needs as
 * it allows: the same documents, the same text normalisation, title boosted, prefixes and
 * typos matched. `search` answers as the results page asks: every match counted, the best
 * 20 returned; it returns how many articles matched.
 */
export interface SearchEngine {
  name: string;
  build: (documents: readonly SearchDocument[]) => void;
  search: (query: string) => number;
}

const LIMIT = 20;

/** What the reader ships: FlexSearch behind src/features/search/search-index.ts. */
export function flexSearchEngine(): SearchEngine {
  let index = new ArticleIndex();
  return {
    name: 'FlexSearch',
    build: (documents) => {
      index = new ArticleIndex();
      index.add(documents);
    },
    search: (query) => index.search({ query, limit: LIMIT }).total,
  };
}

function processTerm(word: string): string | null {
  const term = foldWord(word);
  return term && !isStopWord(term) ? term : null;
}

/**
 * MiniSearch, configured as the reader would have used it: six fields with BM25 and
 * boosts, a prefix match on the word being typed, and edit-distance typo matching for
 * words the articles do not contain.
 */
export function miniSearchEngine(): SearchEngine {
  const create = () => {
    const vocabulary = new Set<string>();
    return new MiniSearch<SearchDocument>({
      fields: ['title', 'summary', 'body', 'section', 'authors', 'tags'],
      storeFields: ['sectionSlug'],
      tokenize: splitWords,
      processTerm: (word) => {
        const term = processTerm(word);
        if (term) vocabulary.add(term);
        return term;
      },
      searchOptions: {
        processTerm,
        boost: { title: 4, tags: 2, authors: 2, section: 1.5, summary: 1.5 },
        combineWith: 'AND',
        prefix: (_term, index, terms) => index === terms.length - 1,
        fuzzy: (term) => (term.length >= 5 && !vocabulary.has(term) ? 0.2 : false),
      },
    });
  };
  let index = create();
  return {
    name: 'MiniSearch',
    build: (documents) => {
      index = create();
      index.addAll(documents);
    },
    search: (query) => {
      const results = index.search(query);
      // The results page also counts matches per section.
      const sections = new Map<unknown, number>();
      for (const result of results) {
        sections.set(result.sectionSlug, (sections.get(result.sectionSlug) ?? 0) + 1);
      }
      return results.length;
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
    search: (query) => fuse.search(query, { limit: LIMIT }).length,
  };
}
