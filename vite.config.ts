import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { dropMockWorkerPlugin } from './mocks/drop-mock-worker-plugin.ts';
import { feedFilesPlugin } from './mocks/feed-files-plugin.ts';
import { liveFeedPlugin } from './mocks/live-feed-plugin.ts';
import { pwaOptions } from './pwa.config.ts';
import { feedPreloadPlugin } from './scripts/feed-preload-plugin.ts';

// BASE_PATH lets the reader live under a sub-path (e.g. /journal/); default is the root.
const base = process.env.BASE_PATH ?? '/';
// Names this build: it busts the persisted query cache when a new version is deployed.
const buildId = process.env.BUILD_ID || new Date().toISOString();

export default defineConfig({
  base,
  plugins: [
    react(),
    tailwindcss(),
    feedPreloadPlugin(),
    feedFilesPlugin(),
    dropMockWorkerPlugin(),
    liveFeedPlugin(),
    VitePWA(pwaOptions({ base })),
  ],
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  // Module workers: the search index runs in one, and every current browser supports them.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the reader supports knows <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first page needs in one file: one request, and it compresses
        // better than the pieces that automatic splitting makes of modules shared with
        // lazy routes. Lazy routes keep their own chunks.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    restoreMocks: true,
  },
});
