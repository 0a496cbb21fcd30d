import { normalizeFeed } from '../feed/api/normalize-feed';
import type { FeedPage } from '../feed/model';
import type { SearchBackend } from './search-backends';
import type { SearchDocument } from './search-document';
import { SearchEngine } from './search-engine';
import { ArticleIndex } from './search-index';

function page(url: string, items: { id: string; title: string }[]): FeedPage {
  return normalizeFeed(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Test Journal',
      items: items.map((item) => ({ ...item, content_text: `Body of ${item.title}.` })),
    },
    url,
  );
}

/** A backend around a real index that records what it was given. */
function recordingBackend(kind: SearchBackend['kind'], fail = false) {
  const index = new ArticleIndex();
  const added: string[] = [];
  const backend: SearchBackend & { added: string[]; disposed: boolean } = {
    kind,
    added,
    disposed: false,
    add: async (documents: SearchDocument[]) => {
      if (fail && documents.length > 0) throw new Error('worker crashed');
      added.push(...documents.map((document) => document.id));
      index.add(documents);
    },
    search: async (request) => index.search(request),
    suggest: async (query, limit) => index.suggest(query, limit),
    dispose: () => {
      backend.disposed = true;
    },
  };
  return backend;
}

async function idle(engine: SearchEngine) {
  await vi.waitFor(() => expect(engine.getSnapshot().pending).toBe(false));
}

const first = page('https://journal.test/feed.json', [
  { id: '1', title: 'Grain corridor reopens' },
  { id: '2', title: 'Ferry to Varna' },
]);
const second = page('https://journal.test/feed-2.json', [
  { id: '3', title: 'Grain prices fall' },
  { id: '4', title: 'Tram lines return' },
]);

describe('SearchEngine', () => {
  it('indexes each page once, as it arrives, without rebuilding', async () => {
    const main = recordingBackend('main-thread');
    const engine = new SearchEngine({ createMainThreadBackend: () => main });
    engine.sync([first]);
    await idle(engine);
    expect(main.added).toEqual(['1', '2']);
    expect(engine.hasSynced([first, second])).toBe(false);

    engine.sync([first, second]);
    await idle(engine);
    expect(main.added).toEqual(['1', '2', '3', '4']);
    expect(engine.hasSynced([first, second])).toBe(true);
    expect(engine.getSnapshot()).toMatchObject({ indexed: 4, mode: 'main-thread' });

    const response = await engine.search({ query: 'grain', limit: 10 });
    expect(response.hits.map((hit) => engine.article(hit.id)?.title).sort()).toEqual([
      'Grain corridor reopens',
      'Grain prices fall',
    ]);
  });

  it('indexes again only the articles that changed when a page is fetched again', async () => {
    const main = recordingBackend('main-thread');
    const engine = new SearchEngine({ createMainThreadBackend: () => main });
    engine.sync([first]);
    await idle(engine);
    const refetched = page('https://journal.test/feed.json', [
      { id: '1', title: 'Grain corridor reopens' },
      { id: '2', title: 'Ferry to Burgas' },
    ]);
    engine.sync([refetched]);
    await idle(engine);
    expect(main.added).toEqual(['1', '2', '2']);
    expect(engine.article('1')).toBe(refetched.articles[0]);
    const response = await engine.search({ query: 'burgas', limit: 10 });
    expect(response.hits.map((hit) => hit.id)).toEqual(['2']);
  });

  it('moves the index to a worker past the threshold, answering meanwhile from the page', async () => {
    const main = recordingBackend('main-thread');
    const worker = recordingBackend('worker');
    const engine = new SearchEngine({
      workerThreshold: 3,
      createMainThreadBackend: () => main,
      createWorkerBackend: () => worker,
    });
    engine.sync([first]);
    await idle(engine);
    expect(worker.added).toEqual([]);

    engine.sync([first, second]);
    await idle(engine);
    // Everything goes to the worker, the articles indexed so far first.
    expect(worker.added).toEqual(['1', '2', '3', '4']);
    expect(main.added).toEqual(['1', '2']);
    expect(main.disposed).toBe(true);
    expect(engine.getSnapshot()).toMatchObject({ indexed: 4, mode: 'worker' });
    const response = await engine.search({ query: 'tram', limit: 10 });
    expect(response.hits.map((hit) => hit.id)).toEqual(['4']);
  });

  it('stays on the page when no worker can be started', async () => {
    const main = recordingBackend('main-thread');
    const engine = new SearchEngine({
      workerThreshold: 1,
      createMainThreadBackend: () => main,
      createWorkerBackend: () => undefined,
    });
    engine.sync([first, second]);
    await idle(engine);
    expect(main.added).toHaveLength(4);
    expect(engine.getSnapshot().mode).toBe('main-thread');
  });

  it('indexes everything on the page again when the worker fails', async () => {
    const backends = [recordingBackend('main-thread'), recordingBackend('main-thread')];
    let created = 0;
    const engine = new SearchEngine({
      workerThreshold: 3,
      createMainThreadBackend: () => backends[created++]!,
      createWorkerBackend: () => recordingBackend('worker', true),
    });
    engine.sync([first]);
    await idle(engine);
    engine.sync([first, second]);
    await vi.waitFor(() => expect(created).toBe(2));
    await idle(engine);
    expect(backends[1]!.added.sort()).toEqual(['1', '2', '3', '4']);
    expect(engine.getSnapshot()).toMatchObject({ indexed: 4, mode: 'main-thread' });
    expect((await engine.search({ query: 'tram', limit: 10 })).total).toBe(1);
  });

  it('tells its listeners when indexing ends', async () => {
    const engine = new SearchEngine({
      createMainThreadBackend: () => recordingBackend('main-thread'),
    });
    const listener = vi.fn();
    engine.subscribe(listener);
    engine.sync([first]);
    await idle(engine);
    expect(listener).toHaveBeenCalled();
    expect(engine.getSnapshot().version).toBeGreaterThan(0);
  });
});
