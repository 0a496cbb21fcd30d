import { DEFAULT_SCENARIO, isScenarioName, type ScenarioName } from './scenarios.ts';

/** `?scenario=NAME` picks the mock scenario in `npm start`. */
export const SCENARIO_PARAM = 'scenario';
/** The tab's choice (sessionStorage), so it survives reloads and in-app navigation. */
export const SCENARIO_STORAGE_KEY = 'oj-mock-scenario';

type ScenarioStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface ResolvedScenario {
  name: ScenarioName;
  /** A `?scenario=` value that names no scenario, so the start-up can say so. */
  unknown?: string;
}

/**
 * The scenario in force: the query parameter when it names one (and it becomes the tab's
 * choice), else the tab's earlier choice, else "normal".
 */
export function resolveScenario(search: string, storage: ScenarioStorage): ResolvedScenario {
  const requested = new URLSearchParams(search).get(SCENARIO_PARAM);
  if (isScenarioName(requested)) {
    storage.setItem(SCENARIO_STORAGE_KEY, requested);
    return { name: requested };
  }
  const stored = storage.getItem(SCENARIO_STORAGE_KEY);
  const name = isScenarioName(stored) ? stored : DEFAULT_SCENARIO;
  return requested === null ? { name } : { name, unknown: requested };
}

/** The same address with `?scenario=` set to `name`; the rest of the query and the hash stay. */
export function scenarioHref(href: string, name: ScenarioName): string {
  const url = new URL(href);
  url.searchParams.set(SCENARIO_PARAM, name);
  return url.href;
}

/**
 * Which scenario's feed the persisted query cache may hold (localStorage, like the
 * IndexedDB cache itself: one per origin, not per tab).
 */
export const CACHED_SCENARIO_KEY = 'oj-mock-scenario-of-cache';

/**
 * The reader restores the feed it persisted on the last visit before it fetches. After a
 * switch of scenario that copy belongs to another scenario and would hide this one (an
 * "error" tab showing the "normal" articles), so it is dropped first.
 */
export async function forgetOtherScenarioCache(
  scenario: ScenarioName,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  forget: () => Promise<void>,
): Promise<boolean> {
  const cachedUnder = storage.getItem(CACHED_SCENARIO_KEY) ?? DEFAULT_SCENARIO;
  if (cachedUnder === scenario) return false;
  await forget();
  storage.setItem(CACHED_SCENARIO_KEY, scenario);
  return true;
}
