import { createStore, del } from 'idb-keyval';
import { databases } from '../src/features/offline/cache-names.ts';
import { worker } from './browser.ts';
import { forgetOtherScenarioCache, resolveScenario } from './scenario-state.ts';
import { scenarioNames, scenarios, type ScenarioName } from './scenarios.ts';

function forgetPersistedQueryCache(): Promise<void> {
  const { name, store, key } = databases.queryCache;
  return del(key, createStore(name, store));
}

/**
 * Starts MSW in the browser with the scenario the URL or the tab asks for, and resolves
 * with its name once the worker answers requests (the app renders only then).
 */
export async function startMockScenario(): Promise<ScenarioName> {
  const { name, unknown } = resolveScenario(window.location.search, window.sessionStorage);
  if (unknown !== undefined) {
    console.warn(
      `[mocks] No scenario named “${unknown}”; using “${name}”. Known: ${scenarioNames.join(', ')}.`,
    );
  }
  await forgetOtherScenarioCache(name, window.localStorage, forgetPersistedQueryCache).catch(
    (error: unknown) => console.warn('[mocks] The persisted feed could not be cleared:', error),
  );
  worker.use(...scenarios[name].handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  if (name !== 'normal') console.info(`[mocks] Scenario: ${scenarios[name].label}`);
  return name;
}
