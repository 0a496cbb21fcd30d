import type { SearchDocument } from './search-document';
import type { SearchRequest, SearchResponse } from './search-index';
import type { WorkerReply, WorkerRequest } from './search-protocol';

/** Where the index lives: on the page's own thread, or in a worker. */
export interface SearchBackend {
  readonly kind: 'main-thread' | 'worker';
  add: (documents: SearchDocument[]) => Promise<void>;
  search: (request: SearchRequest) => Promise<SearchResponse>;
  suggest: (query: string, limit: number) => Promise<SearchResponse>;
  dispose: () => void;
}

/**
 * The index on the page's thread. The library is fetched with the first call (a chunk of
 * its own), never with the page.
 */
export function mainThreadBackend(): SearchBackend {
  const index = import('./search-index').then(({ ArticleIndex }) => new ArticleIndex());
  return {
    kind: 'main-thread',
    add: async (documents) => (await index).add(documents),
    search: async (request) => (await index).search(request),
    suggest: async (query, limit) => (await index).suggest(query, limit),
    dispose: () => {},
  };
}

type Call =
  | { type: 'add'; documents: SearchDocument[] }
  | { type: 'search'; request: SearchRequest }
  | { type: 'suggest'; query: string; limit: number };

/** The index in a dedicated worker; undefined where workers cannot be started. */
export function workerBackend(): SearchBackend | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    });
  } catch {
    return undefined;
  }
  let nextId = 0;
  let failure: Error | undefined;
  const pending = new Map<
    number,
    { resolve: (response?: SearchResponse) => void; reject: (error: Error) => void }
  >();
  const failAll = (error: Error) => {
    failure = error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    if (reply.ok) call.resolve(reply.response);
    else call.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(`The search worker failed: ${event.message || 'unknown error'}`));
  };

  const call = (message: Call) =>
    new Promise<SearchResponse | undefined>((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      const id = (nextId += 1);
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id } satisfies WorkerRequest);
    });
  const answer = async (message: Call) => {
    const response = await call(message);
    if (!response) throw new Error('The search worker gave no answer.');
    return response;
  };

  return {
    kind: 'worker',
    add: async (documents) => {
      await call({ type: 'add', documents });
    },
    search: (request) => answer({ type: 'search', request }),
    suggest: (query, limit) => answer({ type: 'suggest', query, limit }),
    dispose: () => {
      worker.terminate();
      failAll(new Error('The search worker was stopped.'));
    },
  };
}
