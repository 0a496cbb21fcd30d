import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunch } from '../playwright.config.ts';
import {
  generatedFeedBodies,
  measureTypingLongTasks,
  type LongTaskMeasurement,
} from './search-long-tasks.ts';
import { serveGeneratedFeed } from './search-long-tasks.ts';

/**
 * The long-task measurement of the end-to-end spec, as a benchmark step: the production
 * build in a temporary folder, served by `vite preview` on a free port, driven in
 * Chromium. Nothing is left running.
 */
export async function runSearchBrowserBench(
  log: (line: string) => void = () => {},
): Promise<LongTaskMeasurement> {
  const outDir = await mkdtemp(join(tmpdir(), 'reader-bench-'));
  try {
    log('search (browser): building the app…');
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    try {
      const baseURL = server.resolvedUrls?.local[0];
      if (!baseURL) throw new Error('vite preview gave no URL');
      const browser = await chromium.launch(chromiumLaunch);
      try {
        const context = await browser.newContext({
          baseURL,
          // The feed is generated and routed by the page: the service worker must not answer.
          serviceWorkers: 'block',
          viewport: { width: 1280, height: 800 },
        });
        const page = await context.newPage();
        log('search (browser): generating 50,000 articles and walking 50 pages…');
        await serveGeneratedFeed(page, generatedFeedBodies());
        return await measureTypingLongTasks(page);
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export function formatSearchBrowserBench(result: LongTaskMeasurement): string {
  const ms = (value: number) => (value === 0 ? 'none over 50 ms' : `${Math.round(value)} ms`);
  return [
    `Longest main-thread task at ${result.articles.toLocaleString('en-GB')} articles (index in: ${result.mode})`,
    `  typing "${'grain corridor'}" with suggestions: ${ms(result.longestWhileTypingMs)}`,
    `  Enter to results on screen:             ${ms(result.longestWhileShowingResultsMs)}`,
    `  while walking and indexing 50 pages:    ${ms(result.longestWhileLoadingMs)} (${(result.walkAndIndexMs / 1000).toFixed(1)} s in all; includes feed loading and caching)`,
  ].join('\n');
}
