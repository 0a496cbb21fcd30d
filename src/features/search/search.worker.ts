import { ArticleIndex } from './search-index';
import type { WorkerReply, WorkerRequest } from './search-protocol';

// The index of a large corpus lives here, so that adding thousands of articles and
// answering a query never hold up the page. Messages are handled in order.
const index = new ArticleIndex();
// The app is type-checked with the DOM library; of the worker's scope only this is used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  let reply: WorkerReply;
  try {
    if (message.type === 'add') {
      index.add(message.documents);
      reply = { id: message.id, ok: true };
    } else if (message.type === 'search') {
      reply = { id: message.id, ok: true, response: index.search(message.request) };
    } else {
      reply = { id: message.id, ok: true, response: index.suggest(message.query, message.limit) };
    }
  } catch (error) {
    reply = {
      id: message.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(reply);
};
