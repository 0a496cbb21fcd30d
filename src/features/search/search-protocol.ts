import type { SearchDocument } from './search-document';
import type { SearchRequest, SearchResponse } from './search-index';

/** Messages between the page and the search worker (search.worker.ts). */
export type WorkerRequest =
  | { id: number; type: 'add'; documents: SearchDocument[] }
  | { id: number; type: 'search'; request: SearchRequest }
  | { id: number; type: 'suggest'; query: string; limit: number };

export type WorkerReply =
  { id: number; ok: true; response?: SearchResponse } | { id: number; ok: false; error: string };
