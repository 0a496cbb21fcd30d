import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumLaunch } from '../playwright.config.ts';
import {
  ARTICLE_CONTENT,
  coldLoadScripts,
  FIRST_LOAD_BUDGET,
  MAIN_CONTENT,
  type ColdLoad,
} from '../scripts/first-load-js.ts';
import { formatTable } from './stats.ts';

/**
 * JavaScript that Chromium fetches on a cold load (empty cache, no service worker yet),
 * as gzip bytes, for Main and an article deep link of the production build, next to a
 * bare floor app built by the same Vite in the same run. "Critical" is what was requested
 * before the page's content appeared; "all" adds what loads once the page is idle.
 */
export interface FirstLoadRow extends ColdLoad {
  page: string;
}

/** Serves a built folder on 127.0.0.1 (SPA fallback included), like `vite preview`. */
export async function previewApp(root: string, port: number): Promise<PreviewServer> {
  return preview({
    configFile: false,
    logLevel: 'silent',
    preview: { port, strictPort: true, host: '127.0.0.1' },
    build: { outDir: resolve(root) },
  });
}

async function measure(url: string, dist: string, contentSelector: string): Promise<ColdLoad> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const load = await coldLoadScripts(page, url, dist, contentSelector);
    await context.close();
    return load;
  } finally {
    await browser.close();
  }
}

export async function runFirstLoadBench(appDist: string) {
  const floorDist = mkdtempSync(join(tmpdir(), 'reader-floor-'));
  await build({
    root: resolve('bench/floor'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    // The app's own build options, so the two differ only in what they contain.
    build: {
      outDir: floorDist,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
    },
  });
  const app = await previewApp(appDist, 4481);
  const floor = await previewApp(floorDist, 4482);
  try {
    const mainPage = await measure('http://127.0.0.1:4481/', appDist, MAIN_CONTENT);
    const articleHref = await firstArticlePath('http://127.0.0.1:4481/');
    const articlePage = await measure(
      `http://127.0.0.1:4481${articleHref}`,
      appDist,
      ARTICLE_CONTENT,
    );
    const floorPage = await measure('http://127.0.0.1:4482/', floorDist, 'p');
    const rows: FirstLoadRow[] = [
      { page: 'floor (React + router + Query)', ...floorPage },
      { page: 'Main', ...mainPage },
      { page: 'article deep link', ...articlePage },
    ];
    const floorBytes = floorPage.critical.gzipBytes;
    const mainToFloor = mainPage.critical.gzipBytes / floorBytes;
    const kb = (bytes: number) => (bytes / 1000).toFixed(1);
    const table = formatTable(
      ['cold load', 'critical files', 'raw kB', 'gzip kB', '× floor', 'all files', 'all gzip kB'],
      rows.map((row) => [
        row.page,
        String(row.critical.files),
        kb(row.critical.rawBytes),
        kb(row.critical.gzipBytes),
        (row.critical.gzipBytes / floorBytes).toFixed(2),
        String(row.all.files),
        kb(row.all.gzipBytes),
      ]),
    );
    const targets = [
      `Main's critical JS: ${kb(mainPage.critical.gzipBytes)} kB gzip; budget in npm test ${kb(FIRST_LOAD_BUDGET.gzipBytes)} kB;`,
      `target ≤ ${kb(FIRST_LOAD_BUDGET.targetGzipBytes)} kB and ≤ ${FIRST_LOAD_BUDGET.targetFloorRatio} × floor (${kb(floorBytes * FIRST_LOAD_BUDGET.targetFloorRatio)} kB).`,
    ].join(' ');
    return { rows, mainToFloor, floorBytes, table: `${table}\n\n${targets}` };
  } finally {
    await app.close();
    await floor.close();
    rmSync(floorDist, { recursive: true, force: true });
  }
}

/** The path of the first article Main links to. */
export async function firstArticlePath(mainUrl: string): Promise<string> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    await page.goto(mainUrl, { waitUntil: 'networkidle' });
    const href = await page.locator('main a[href*="/article/"]').first().getAttribute('href');
    if (!href) throw new Error('Main shows no article link');
    return href;
  } finally {
    await browser.close();
  }
}
