import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchDocument } from './search-document';
import { foldWord, isStopWord, splitWords } from './search-text';

/**
 * The full-text index over articles (MiniSearch; see docs/decisions/0006-search-index.md).
 * It is loaded on demand, on the main thread for a small corpus and inside the search
 * worker for a large one; nothing in the first-load bundle imports it.
 */

/** One matching article: its id, its score and the folded words it matched on. */
export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

export interface SearchRequest {
  query: string;
  /** Only articles of this section slug. */
  section?: string;
  /** At most this many hits (the best ones). */
  limit: number;
}

export interface SearchResponse {
  /** Every match, whatever the section filter. */
  total: number;
  /** Matches per section slug, whatever the section filter. */
  sections: Record<string, number>;
  /** The best `limit` matches in the chosen section, best first. */
  hits: SearchHit[];
}

const FIELDS = ['title', 'summary', 'body', 'section', 'authors', 'tags'] as const;
// A word in the headline says most about what an article is about.
const BOOST = { title: 4, tags: 2, authors: 2, section: 1.5, summary: 1.5, body: 1 };
// Below five letters a one-letter typo turns a word into too many other words ("port").
const MIN_FUZZY_LENGTH = 5;
const FUZZINESS = 0.2;

function processTerm(word: string): string | null {
  const term = foldWord(word);
  return term && !isStopWord(term) ? term : null;
}

function toHit(result: SearchResult): SearchHit {
  return { id: String(result.id), score: result.score, terms: result.terms };
}

export class ArticleIndex {
  /** Every term in the index: a query word found here is no typo. */
  private readonly vocabulary = new Set<string>();

  private readonly index = new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: [...FIELDS],
    storeFields: ['sectionSlug'],
    tokenize: splitWords,
    processTerm: (word) => {
      const term = processTerm(word);
      if (term) this.vocabulary.add(term);
      return term;
    },
    searchOptions: {
      processTerm,
      boost: BOOST,
      combineWith: 'AND',
      // Readers type the last word last: it may be unfinished ("ukrain"), the others are
      // whole words. Expanding every word to its prefixes would match far more, slower.
      prefix: (_term, index, terms) => index === terms.length - 1,
      // Typo matching only for a word the articles do not contain: "insurence" looks for
      // "insurance", while "odesa" does not also match every word one letter away.
      fuzzy: (term) =>
        term.length >= MIN_FUZZY_LENGTH && !this.vocabulary.has(term) ? FUZZINESS : false,
    },
  });

  get size(): number {
    return this.index.documentCount;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Adds new articles and replaces those already indexed under the same id. */
  add(documents: readonly SearchDocument[]): void {
    for (const document of documents) {
      if (this.index.has(document.id)) this.index.replace(document);
      else this.index.add(document);
    }
  }

  search({ query, section, limit }: SearchRequest): SearchResponse {
    const results = this.index.search(query);
    const sections: Record<string, number> = {};
    const hits: SearchHit[] = [];
    for (const result of results) {
      const slug = String(result.sectionSlug);
      sections[slug] = (sections[slug] ?? 0) + 1;
      if (hits.length < limit && (!section || slug === section)) hits.push(toHit(result));
    }
    return { total: results.length, sections, hits };
  }
}
