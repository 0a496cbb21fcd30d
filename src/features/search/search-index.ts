import { Document } from 'flexsearch';
import type { SearchDocument } from './search-document';
import { closestTerm } from './search-typos';
import { searchTerms } from './search-text';

/**
 * The full-text index over articles: FlexSearch (see docs/decisions/0006-search-index.md).
 * It is loaded on demand, on the main thread for a small corpus and inside the search
 * worker for a large one; nothing in the first-load bundle imports it.
 */

/** One matching article, best first. */
export interface SearchHit {
  id: string;
  score: number;
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
  /**
   * The folded words that were searched for, typos corrected: a word in an article
   * matched when its folded form starts with one of them.
   */
  terms: string[];
}

/** What FlexSearch stores per article: three fields, see `IndexedArticle` below. */
interface IndexedArticle {
  [field: string]: string;
  id: string;
  title: string;
  meta: string;
  all: string;
}

// Scores: an article's place in the whole-text results (between 0 and 1), raised when
// the words are in its headline or name its section, author or tags.
const TITLE_BOOST = 3;
const META_BOOST = 1;
// Below five letters a one-letter typo turns a word into too many other words ("port").
const MIN_TYPO_LENGTH = 5;

const EMPTY: SearchResponse = { total: 0, sections: {}, hits: [], terms: [] };

/**
 * FlexSearch matches all words of a query within one field, so every article is indexed
 * as one field with all its searchable text (title, summary, body, section, authors and
 * tags: words may come from any of them) and, for ranking, its title and its section,
 * author and tag names on their own. "forward" tokenisation indexes every prefix of a
 * word: "ukrain" finds "Ukrainian" as it is typed.
 */
export class ArticleIndex {
  private readonly sectionOf = new Map<string, string>();
  /** How often each term occurs, for typo correction. */
  private readonly vocabulary = new Map<string, number>();
  /** Set while adding, so that the encoder counts the words of articles, not of queries. */
  private adding = false;

  private readonly encode = (text: string): string[] => {
    const terms = searchTerms(text);
    if (this.adding) {
      for (const term of terms) this.vocabulary.set(term, (this.vocabulary.get(term) ?? 0) + 1);
    }
    return terms;
  };

  private readonly index = new Document<IndexedArticle>({
    document: {
      id: 'id',
      store: false,
      index: (['title', 'meta', 'all'] as const).map((field) => ({
        field,
        tokenize: 'forward' as const,
        encode: this.encode,
      })),
    },
  });

  get size(): number {
    return this.sectionOf.size;
  }

  has(id: string): boolean {
    return this.sectionOf.has(id);
  }

  /** Adds new articles and replaces those already indexed under the same id. */
  add(documents: readonly SearchDocument[]): void {
    this.adding = true;
    try {
      for (const document of documents) {
        const meta = `${document.section} ${document.authors} ${document.tags}`;
        const indexed: IndexedArticle = {
          id: document.id,
          title: document.title,
          meta,
          // The summary after the title: FlexSearch ranks earlier words higher.
          all: `${document.title}\n${document.summary}\n${meta}\n${document.body}`,
        };
        if (this.sectionOf.has(document.id)) this.index.update(indexed);
        else this.index.add(indexed);
        this.sectionOf.set(document.id, document.sectionSlug);
      }
    } finally {
      this.adding = false;
    }
  }

  search({ query, section, limit }: SearchRequest): SearchResponse {
    const terms = searchTerms(query);
    if (terms.length === 0) return EMPTY;
    const response = this.run(terms, section, limit);
    if (response.total > 0) return response;
    // Nothing at all: try again with misspelt words replaced by the closest known ones.
    const corrected = this.correct(terms);
    return corrected ? this.run(corrected, section, limit) : response;
  }

  /**
   * The best few articles for a query being typed: those with the words in the headline
   * first, then the others. Faster than `search` as it neither counts nor ranks the rest.
   */
  suggest(query: string, limit: number): SearchResponse {
    const terms = searchTerms(query);
    if (terms.length === 0) return EMPTY;
    const found = this.suggestFor(terms, limit);
    if (found.hits.length > 0) return found;
    const corrected = this.correct(terms);
    return corrected ? this.suggestFor(corrected, limit) : found;
  }

  private fieldResults(terms: readonly string[], limit: number) {
    const results = this.index.search(terms.join(' '), { limit });
    const byField: Record<string, string[]> = {};
    for (const { field, result } of results) if (field) byField[field] = result.map(String);
    return byField;
  }

  private run(terms: string[], section: string | undefined, limit: number): SearchResponse {
    const byField = this.fieldResults(terms, Math.max(1, this.sectionOf.size));
    const all = byField.all ?? [];
    const inTitle = new Set(byField.title);
    const inMeta = new Set(byField.meta);
    const sections: Record<string, number> = {};
    const count = all.length;
    // The score only orders articles within the same boost, and there by FlexSearch's own
    // order: the best `limit` are the first of each boost class, with no sort of them all.
    const classes: SearchHit[][] = [[], [], [], []];
    for (let rank = 0; rank < count; rank += 1) {
      const id = all[rank]!;
      const slug = this.sectionOf.get(id) ?? '';
      sections[slug] = (sections[slug] ?? 0) + 1;
      if (section && slug !== section) continue;
      const title = inTitle.has(id);
      const meta = inMeta.has(id);
      const bucket = classes[title ? (meta ? 0 : 1) : meta ? 2 : 3]!;
      if (bucket.length >= limit) continue;
      const score = 1 - rank / (count + 1) + (title ? TITLE_BOOST : 0) + (meta ? META_BOOST : 0);
      bucket.push({ id, score });
    }
    return { total: count, sections, hits: classes.flat().slice(0, limit), terms };
  }

  private suggestFor(terms: string[], limit: number): SearchResponse {
    const byField = this.fieldResults(terms, limit);
    const ids = [...new Set([...(byField.title ?? []), ...(byField.all ?? [])])].slice(0, limit);
    const hits = ids.map((id, rank) => ({ id, score: limit - rank }));
    return { total: hits.length, sections: {}, hits, terms };
  }

  /** The terms with unknown words of five letters or more corrected, or null if none was. */
  private correct(terms: readonly string[]): string[] | null {
    let changed = false;
    const corrected = terms.map((term) => {
      if (term.length < MIN_TYPO_LENGTH || this.vocabulary.has(term)) return term;
      const closest = closestTerm(term, this.vocabulary);
      if (closest === undefined) return term;
      changed = true;
      return closest;
    });
    return changed ? corrected : null;
  }
}
