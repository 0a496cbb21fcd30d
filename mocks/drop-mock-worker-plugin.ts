// Loaded by vite.config.ts: imports keep their `.ts` extension (see feed-files-plugin.ts).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/** MSW's worker script: `npx msw init public` keeps it in public/ for the dev server. */
export const MOCK_WORKER_FILE = 'mockServiceWorker.js';

/**
 * Keeps MSW's worker out of the production build. Vite copies public/ into the output
 * wholesale before bundling, and public files never pass through the bundle (where
 * `generateBundle` could drop them), so the copy is removed once it has been written.
 */
export function dropMockWorkerPlugin(): Plugin {
  return {
    name: 'odessa-journal:drop-mock-worker',
    apply: 'build',
    async writeBundle(options) {
      const outDir = options.dir ?? (options.file ? path.dirname(options.file) : undefined);
      if (outDir) await rm(path.join(outDir, MOCK_WORKER_FILE), { force: true });
    },
  };
}
