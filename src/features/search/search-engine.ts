import type { Article, FeedPage } from '../feed/model';
import { mainThreadBackend, workerBackend, type SearchBackend } from './search-backends';
import { toSearchDocument, type SearchDocument } from './search-document';
import type { SearchRequest, SearchResponse } from './search-index';

/**
 * Keeps a search index in step with the loaded feed pages: articles are added as their
 * pages arrive (never rebuilt), in slices that leave the page responsive. A small corpus
 * is indexed on the page's thread; past `workerThreshold` articles the index moves to a
 * worker, where building and querying never hold up the page (see
 * docs/decisions/0006-search-index.md for the figures behind the threshold).
 */

export const WORKER_THRESHOLD = 2_000;
/** Main-thread time one slice of work may take before the page gets a turn. */
const SLICE_MS = 8;
/** At most this many articles per message to the worker. */
const WORKER_BATCH = 1_000;
/** Listeners hear of progress at most this often while indexing goes on. */
const NOTIFY_EVERY_MS = 120;

export interface SearchIndexState {
  /** Articles that searches see. */
  indexed: number;
  /** Whether articles are waiting to be indexed. */
  pending: boolean;
  /** Goes up whenever searches may answer differently. */
  version: number;
  mode: 'none' | SearchBackend['kind'];
}

export interface SearchEngineOptions {
  workerThreshold?: number;
  createMainThreadBackend?: () => SearchBackend;
  createWorkerBackend?: () => SearchBackend | undefined;
}

const now = () => performance.now();
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function sameContent(a: Article, b: Article): boolean {
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.dateModified === b.dateModified &&
    a.section.slug === b.section.slug
  );
}

export class SearchEngine {
  private readonly options: Required<SearchEngineOptions>;
  /** The latest article object for each id the engine has seen. */
  private readonly articles = new Map<string, Article>();
  private readonly seenPages = new WeakSet<FeedPage>();
  /** Articles in the order they went into the index that answers searches. */
  private readonly indexedArticles: Article[] = [];
  private queue: Article[] = [];
  private pumping = false;
  private inFlight = 0;
  private searchBackend: SearchBackend | undefined;
  private addBackend: SearchBackend | undefined;
  private triedWorker = false;
  /** While the index moves to the worker: how many articles it must hold to take over. */
  private handover: { backend: SearchBackend; target: number; added: number } | undefined;
  /** Main-thread batch size, tuned so a batch takes about SLICE_MS. */
  private batchSize = 8;
  private state: SearchIndexState = { indexed: 0, pending: false, version: 0, mode: 'none' };
  private readonly listeners = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: SearchEngineOptions = {}) {
    this.options = {
      workerThreshold: options.workerThreshold ?? WORKER_THRESHOLD,
      createMainThreadBackend: options.createMainThreadBackend ?? mainThreadBackend,
      createWorkerBackend: options.createWorkerBackend ?? workerBackend,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SearchIndexState => this.state;

  /** Whether every one of these pages has been handed to the index. */
  hasSynced(pages: readonly FeedPage[]): boolean {
    return pages.every((page) => this.seenPages.has(page));
  }

  /** The current article object for an id found by a search. */
  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /** Queues the articles of pages not seen before (first occurrence of an id wins). */
  sync(pages: readonly FeedPage[]): void {
    let added = false;
    for (const page of pages) {
      if (this.seenPages.has(page)) continue;
      this.seenPages.add(page);
      for (const article of page.articles) {
        const known = this.articles.get(article.id);
        this.articles.set(article.id, article);
        // A page fetched again brings new objects for the same articles: only changed
        // ones are indexed again.
        if (known && sameContent(known, article)) continue;
        this.queue.push(article);
        added = true;
      }
    }
    if (added) void this.pump();
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    return this.answering().search(request);
  }

  async suggest(query: string, limit: number): Promise<SearchResponse> {
    return this.answering().suggest(query, limit);
  }

  dispose(): void {
    this.searchBackend?.dispose();
    if (this.addBackend !== this.searchBackend) this.addBackend?.dispose();
    clearTimeout(this.notifyTimer);
    this.listeners.clear();
  }

  private answering(): SearchBackend {
    if (!this.searchBackend) {
      this.searchBackend = this.options.createMainThreadBackend();
      this.addBackend = this.searchBackend;
      this.update({ mode: this.searchBackend.kind }, true);
    }
    return this.searchBackend;
  }

  /** Past the threshold, a worker takes the index over: all so far first, then the rest. */
  private considerWorker(): void {
    if (this.triedWorker || this.articles.size <= this.options.workerThreshold) return;
    this.triedWorker = true;
    const worker = this.options.createWorkerBackend();
    if (!worker) return;
    this.handover = { backend: worker, target: this.indexedArticles.length, added: 0 };
    this.queue = [...this.indexedArticles, ...this.queue];
    this.addBackend = worker;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    this.update({ pending: true }, true);
    try {
      this.answering();
      while (this.queue.length > 0) {
        this.considerWorker();
        const target = this.addBackend!;
        if (target.kind === 'worker') this.postSlice(target);
        else await this.addSlice(target);
        await nextTurn();
      }
    } finally {
      this.pumping = false;
      this.update({ pending: this.inFlight > 0 }, this.inFlight === 0);
    }
  }

  /** Main thread: build and index a batch sized to take about SLICE_MS. */
  private async addSlice(backend: SearchBackend): Promise<void> {
    // The first batch waits for the library to load; time only the work itself.
    await backend.add([]);
    const started = now();
    const batch = this.queue.splice(0, this.batchSize);
    await backend.add(batch.map(toSearchDocument));
    const perArticle = (now() - started) / batch.length;
    this.batchSize = Math.max(4, Math.min(500, Math.floor(SLICE_MS / Math.max(perArticle, 0.001))));
    this.indexedArticles.push(...batch);
    this.update({ indexed: this.state.indexed + batch.length, version: this.state.version + 1 });
  }

  /** Worker: only turning articles into plain documents happens here, for SLICE_MS. */
  private postSlice(backend: SearchBackend): void {
    const started = now();
    const batch: Article[] = [];
    const documents: SearchDocument[] = [];
    while (this.queue.length > 0 && batch.length < WORKER_BATCH && now() - started < SLICE_MS) {
      const article = this.queue.shift()!;
      batch.push(article);
      documents.push(toSearchDocument(article));
    }
    this.inFlight += 1;
    backend
      .add(documents)
      .then(
        () => this.workerAdded(backend, batch),
        () => this.workerFailed(backend),
      )
      .finally(() => {
        this.inFlight -= 1;
        const idle = this.inFlight === 0 && !this.pumping;
        this.update({ pending: !idle }, idle);
      });
  }

  private workerAdded(backend: SearchBackend, batch: Article[]): void {
    const handover = this.handover;
    if (handover?.backend === backend) {
      handover.added += batch.length;
      if (handover.added < handover.target) return;
      // The worker now knows all that the main-thread index knew: it answers from now on.
      this.searchBackend?.dispose();
      this.searchBackend = backend;
      this.handover = undefined;
      this.indexedArticles.length = 0;
      this.update({ indexed: handover.added, version: this.state.version + 1, mode: 'worker' });
      return;
    }
    if (this.searchBackend === backend) {
      this.update({ indexed: this.state.indexed + batch.length, version: this.state.version + 1 });
    }
  }

  /** A broken worker: index everything again on the main thread. */
  private workerFailed(backend: SearchBackend): void {
    if (this.addBackend !== backend) return;
    backend.dispose();
    this.handover = undefined;
    if (this.searchBackend === backend) this.searchBackend = undefined;
    this.searchBackend?.dispose();
    this.searchBackend = this.options.createMainThreadBackend();
    this.addBackend = this.searchBackend;
    this.indexedArticles.length = 0;
    this.queue = [...this.articles.values()];
    this.update({ indexed: 0, version: this.state.version + 1, mode: 'main-thread' }, true);
    void this.pump();
  }

  private update(change: Partial<SearchIndexState>, immediately = false): void {
    this.state = { ...this.state, ...change };
    if (immediately) {
      clearTimeout(this.notifyTimer);
      this.notifyTimer = undefined;
      this.notify();
    } else if (this.notifyTimer === undefined) {
      this.notifyTimer = setTimeout(() => {
        this.notifyTimer = undefined;
        this.notify();
      }, NOTIFY_EVERY_MS);
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

const engines = new WeakMap<object, SearchEngine>();

/** One engine per query cache: the header and the search page share its index. */
export function searchEngineFor(owner: object): SearchEngine {
  let engine = engines.get(owner);
  if (!engine) {
    engine = new SearchEngine();
    engines.set(owner, engine);
  }
  return engine;
}
