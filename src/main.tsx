import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './index.css';

/** In development the feed comes from MSW; the worker must be running before the first fetch. */
async function startMocks() {
  if (!import.meta.env.DEV) return;
  const { worker } = await import('../mocks/browser');
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

startMocks()
  .catch((error: unknown) => console.error('The mock feed could not start:', error))
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
