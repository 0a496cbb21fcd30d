import {
  CACHED_SCENARIO_KEY,
  forgetOtherScenarioCache,
  resolveScenario,
  SCENARIO_STORAGE_KEY,
  scenarioHref,
} from './scenario-state.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe('resolveScenario', () => {
  it('is "normal" on a first visit with no parameter', () => {
    const storage = memoryStorage();
    expect(resolveScenario('', storage)).toEqual({ name: 'normal' });
    expect(storage.values.size).toBe(0);
  });

  it('takes the query parameter and remembers it for the tab', () => {
    const storage = memoryStorage({ [SCENARIO_STORAGE_KEY]: 'slow' });
    expect(resolveScenario('?q=odesa&scenario=offline', storage)).toEqual({ name: 'offline' });
    expect(storage.values.get(SCENARIO_STORAGE_KEY)).toBe('offline');
  });

  it('falls back to the tab’s choice when the URL has none', () => {
    expect(resolveScenario('?q=odesa', memoryStorage({ [SCENARIO_STORAGE_KEY]: 'huge' }))).toEqual({
      name: 'huge',
    });
  });

  it('reports an unknown parameter and keeps the tab’s choice', () => {
    const storage = memoryStorage({ [SCENARIO_STORAGE_KEY]: 'empty' });
    expect(resolveScenario('?scenario=broken', storage)).toEqual({
      name: 'empty',
      unknown: 'broken',
    });
    expect(storage.values.get(SCENARIO_STORAGE_KEY)).toBe('empty');
  });

  it('ignores a stored value that is no longer a scenario', () => {
    expect(resolveScenario('', memoryStorage({ [SCENARIO_STORAGE_KEY]: 'retired' }))).toEqual({
      name: 'normal',
    });
  });
});

describe('scenarioHref', () => {
  it('sets the parameter and keeps the path, the rest of the query and the hash', () => {
    expect(scenarioHref('http://localhost:5173/search?q=port#results', 'flaky')).toBe(
      'http://localhost:5173/search?q=port&scenario=flaky#results',
    );
    expect(scenarioHref('http://localhost:5173/?scenario=slow', 'error')).toBe(
      'http://localhost:5173/?scenario=error',
    );
  });
});

describe('forgetOtherScenarioCache', () => {
  it('drops the persisted feed once when the scenario changes', async () => {
    const storage = memoryStorage();
    const forget = vi.fn(() => Promise.resolve());
    expect(await forgetOtherScenarioCache('normal', storage, forget)).toBe(false);
    expect(await forgetOtherScenarioCache('error', storage, forget)).toBe(true);
    expect(storage.values.get(CACHED_SCENARIO_KEY)).toBe('error');
    expect(await forgetOtherScenarioCache('error', storage, forget)).toBe(false);
    expect(await forgetOtherScenarioCache('normal', storage, forget)).toBe(true);
    expect(forget).toHaveBeenCalledTimes(2);
  });

  it('keeps the old marker when the cache could not be dropped, to try again next time', async () => {
    const storage = memoryStorage();
    const failing = () => Promise.reject(new Error('blocked'));
    await expect(forgetOtherScenarioCache('huge', storage, failing)).rejects.toThrow('blocked');
    expect(storage.values.has(CACHED_SCENARIO_KEY)).toBe(false);
  });
});
