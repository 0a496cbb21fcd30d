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
