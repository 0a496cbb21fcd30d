import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './index.css';

/**
 * In development the feed comes from MSW (the scenario chosen with `?scenario=NAME` or the
 * panel); the worker must be running before the first fetch. Live mode (`npm run dev:live`)
 * reads a real feed through the dev server's proxy instead, with no mocks at all.
 * The whole branch is dead code in a production build: none of mocks/ ships.
 */
async function startMocks() {
  if (!import.meta.env.DEV) return;
  if (import.meta.env.VITE_LIVE_FEED) {
    console.info(`Live feed ${import.meta.env.VITE_LIVE_FEED}, through the dev server; no mocks.`);
    return;
  }
  const { startMockScenario } = await import('../mocks/start');
  const scenario = await startMockScenario();
  const { mountDevPanel } = await import('../mocks/dev-panel');
  mountDevPanel(scenario);
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
