// Imports in mocks/ keep their `.ts` extension: this module and everything it pulls in
// load inside vite.config.ts, where Vite's native config loader requires them.
import type { Plugin } from 'vite';
import { buildFeedPages } from './data/feed-pages.ts';

/**
 * Writes the built-in publication into the build output (`feed.json`, `feed-2.json`, …)
 * so `vite preview` and any static host serve a working reader with no backend.
 * Replacing those files with another publication's feed is all it takes to switch.
 */
export function feedFilesPlugin(): Plugin {
  return {
    name: 'odessa-journal:feed-files',
    apply: 'build',
    generateBundle() {
      for (const { fileName, feed } of buildFeedPages()) {
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(feed) });
      }
    },
  };
}
