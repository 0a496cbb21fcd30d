import { useEffect, useState } from 'react';
import type { Article } from '../../feed/model';
import type { SearchEngine } from '../search-engine';
import type { SearchResponse } from '../search-index';

export interface SearchResult {
  article: Article;
  score: number;
}

export interface SearchResults {
  total: number;
  sections: Record<string, number>;
  results: SearchResult[];
  /** Folded words searched for (typos corrected), for highlighting. */
  terms: string[];
}

interface Answer {
  key: string;
  query: string;
  section: string;
  results: SearchResults;
}

function toResults(engine: SearchEngine, response: SearchResponse): SearchResults {
  const results: SearchResult[] = [];
  for (const hit of response.hits) {
    const article = engine.article(hit.id);
    if (article) results.push({ article, score: hit.score });
  }
  return { total: response.total, sections: response.sections, results, terms: response.terms };
}

/**
 * The answer of the index to a query, asked again whenever the index grows. While a new
 * answer is on its way the previous one for the same query stays on screen, so results
 * grow as older pages are indexed instead of blinking, and the section filter stays in
 * place (with the focus on it) while the answer for another section comes.
 */
export function useSearchResults(
  engine: SearchEngine,
  query: string,
  section: string,
  limit: number,
  version: number,
) {
  const [answer, setAnswer] = useState<Answer>();
  const key = JSON.stringify([query, section, limit, version]);

  useEffect(() => {
    if (!query) return;
    let current = true;
    const settle = (results: SearchResults) => {
      if (current) setAnswer({ key, query, section, results });
    };
    engine.search({ query, section: section || undefined, limit }).then(
      (response) => settle(toResults(engine, response)),
      // A failed search says "no results" rather than breaking the page.
      () => settle({ total: 0, sections: {}, results: [], terms: [] }),
    );
    return () => {
      current = false;
    };
  }, [engine, key, query, section, limit]);

  const sameQuery = answer?.query === query ? answer : undefined;
  return {
    /** The answer for this query and section (the latest, maybe not yet for this index). */
    results: sameQuery?.section === section ? sameQuery.results : undefined,
    /** The latest answer for this query, whatever the section: its counts stay on screen. */
    latest: sameQuery?.results,
    settled: answer?.key === key,
  };
}
