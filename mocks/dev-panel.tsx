import { StrictMode, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { scenarioHref } from './scenario-state.ts';
import { scenarioNames, scenarios, type ScenarioName } from './scenarios.ts';

/** Whether the panel was left open, per tab, so a scenario switch (a reload) keeps it so. */
export const PANEL_OPEN_KEY = 'oj-mock-panel-open';

export interface DevPanelProps {
  current: ScenarioName;
  /** Default: reload the page with `?scenario=NAME`, which starts MSW with that scenario. */
  onSelect?: (name: ScenarioName) => void;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

function reloadWith(name: ScenarioName) {
  window.location.assign(scenarioHref(window.location.href, name));
}

/**
 * The development-only switch between mock scenarios. On phones it sits in the page
 * flow after the footer, so it never covers the reader; from `sm` up it floats in the
 * bottom-left corner, collapsed to one small button.
 */
export function DevPanel({
  current,
  onSelect = reloadWith,
  storage = window.sessionStorage,
}: DevPanelProps) {
  const [open, setOpen] = useState(() => storage.getItem(PANEL_OPEN_KEY) === 'true');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const listId = `${id}-list`;

  const setOpenAndRemember = (next: boolean) => {
    setOpen(next);
    storage.setItem(PANEL_OPEN_KEY, String(next));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpenAndRemember(false);
    toggleRef.current?.focus();
  };

  return (
    <section
      aria-label="Mock scenario"
      onKeyDown={onKeyDown}
      className="mx-auto flex w-full max-w-7xl flex-col items-start gap-2 px-4 pb-6 font-sans text-sm sm:fixed sm:bottom-4 sm:left-4 sm:z-50 sm:w-auto sm:flex-col-reverse sm:px-0 sm:pb-0"
    >
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenAndRemember(!open)}
        className="inline-flex min-h-11 items-center gap-2 rounded-full bg-zinc-900 px-4 font-medium text-white shadow-lg ring-1 ring-black/10 hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 sm:min-h-9 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white"
      >
        <span
          aria-hidden="true"
          className={`size-2 rounded-full ${current === 'normal' ? 'bg-emerald-400' : 'bg-amber-400'}`}
        />
        Mock scenario: {scenarios[current].label}
      </button>
      <ul
        id={listId}
        hidden={!open}
        className="w-full max-w-sm space-y-1 rounded-xl bg-white p-2 text-zinc-900 shadow-xl ring-1 ring-zinc-200 sm:w-80 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700"
      >
        {scenarioNames.map((name) => {
          const isCurrent = name === current;
          const labelId = `${id}-${name}-label`;
          const descriptionId = `${id}-${name}-description`;
          return (
            <li key={name}>
              <button
                type="button"
                aria-current={isCurrent ? 'true' : undefined}
                aria-labelledby={labelId}
                aria-describedby={descriptionId}
                onClick={() => onSelect(name)}
                className={`block min-h-11 w-full rounded-lg px-3 py-2 text-left hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-amber-500 dark:hover:bg-zinc-800 ${isCurrent ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
              >
                <span className="font-semibold">
                  <span id={labelId}>{scenarios[name].label}</span>
                  {isCurrent && (
                    <span aria-hidden="true" className="font-normal text-zinc-500">
                      {' '}
                      (current)
                    </span>
                  )}
                </span>
                <span id={descriptionId} className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {scenarios[name].description}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Renders the panel into a root of its own, after the app's. */
export function mountDevPanel(current: ScenarioName): void {
  const host = document.createElement('div');
  host.id = 'mock-scenario-panel';
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <DevPanel current={current} />
    </StrictMode>,
  );
}
