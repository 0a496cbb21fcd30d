import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node';

// Pages that load a lazy chunk (article, search) may take more than a second on a busy
// two-core machine; findBy… and waitFor give them three.
configure({ asyncUtilTimeout: 3_000 });

// Pages load data in the background through the router and the query cache, as in the
// browser; tests wait for what the reader sees (findBy…, waitFor) instead of wrapping
// every background update in act(). Testing Library still uses act for render and events.
// (Testing Library turns the flag on in its own beforeAll, which runs before this one.)
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

// Unhandled requests are bugs in the test, not something to silently ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
});
afterAll(() => server.close());

// A console.error during a test is a failure: React warnings and swallowed errors must
// not slip through green runs. Errors are collected and reported after the test rather
// than thrown on the spot, where they would break React's own scheduling. (Set per
// test: the config restores mocks after each.)
let consoleErrors: string[] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  });
});
afterEach(() => {
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called:\n${consoleErrors.join('\n')}`);
  }
});

// jsdom lacks these browser APIs that the layout uses.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
window.scrollTo = () => {};
if (!('IntersectionObserver' in window)) {
  class NoopIntersectionObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  Object.assign(window, { IntersectionObserver: NoopIntersectionObserver });
}
