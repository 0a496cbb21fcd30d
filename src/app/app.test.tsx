import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import { clear, createStore, get } from 'idb-keyval';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { databases } from '../features/offline/cache-names';
import { App } from './app';

const { name, store: storeName, key } = databases.queryCache;
const store = createStore(name, storeName);

afterEach(() => clear(store));

/** The lead story's headline: the first article heading on Main. */
async function leadHeadline() {
  const [lead] = await screen.findAllByRole('article', {}, { timeout: 8_000 });
  return within(lead!).getAllByRole('heading')[0]!.textContent;
}

describe('App', () => {
  it('saves the first feed page on this device, even when it answers at once', async () => {
    render(<App />);
    const headline = await leadHeadline();
    await waitFor(
      async () => {
        const saved = await get<string>(key, store);
        expect(saved).toContain(headline);
      },
      { timeout: 4_000 },
    );
  }, 15_000);

  it('paints Main from the saved feed when the network is gone', async () => {
    const first = render(<App />);
    const headline = await leadHeadline();
    await waitFor(async () => expect(await get<string>(key, store)).toContain(headline), {
      timeout: 4_000,
    });
    first.unmount();

    server.use(http.get('*/feed*.json', () => HttpResponse.error()));
    render(<App />);
    expect(await leadHeadline()).toBe(headline);
  }, 20_000);
});
