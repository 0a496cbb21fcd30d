import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumLaunch } from '../playwright.config.ts';
import { formatTable } from './stats.ts';

/**
 * JavaScript that Chromium fetches on a cold load (empty cache, no service worker yet),
 * as gzip bytes, for Main and an article deep link of the production build, next to a
 * bare floor app built by the same Vite in the same run.
 */
export interface FirstLoadRow {
  page: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
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

/** Every script the page requested until the network went quiet, from the served folder. */
async function scriptsOnColdLoad(url: string, dist: string) {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await context.close();
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const path of scripts) {
      const body = readFileSync(join(dist, decodeURIComponent(path)));
      rawBytes += body.length;
      gzipBytes += gzipSync(body, { level: 9 }).length;
    }
    return { files: scripts.size, rawBytes, gzipBytes };
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
    build: { outDir: floorDist, emptyOutDir: true, target: 'es2022' },
  });
  const app = await previewApp(appDist, 4391);
  const floor = await previewApp(floorDist, 4392);
  try {
    const mainPage = await scriptsOnColdLoad('http://127.0.0.1:4391/', appDist);
    const articleHref = await firstArticlePath('http://127.0.0.1:4391/');
    const articlePage = await scriptsOnColdLoad(`http://127.0.0.1:4391${articleHref}`, appDist);
    const floorPage = await scriptsOnColdLoad('http://127.0.0.1:4392/', floorDist);
    const rows: FirstLoadRow[] = [
      { page: 'floor (React + router + Query)', ...floorPage },
      { page: 'Main', ...mainPage },
      { page: 'article deep link', ...articlePage },
    ];
    const ratio = mainPage.gzipBytes / floorPage.gzipBytes;
    const table = formatTable(
      ['cold load', 'scripts', 'raw KB', 'gzip KB', '× floor'],
      rows.map((row) => [
        row.page,
        String(row.files),
        (row.rawBytes / 1024).toFixed(1),
        (row.gzipBytes / 1024).toFixed(1),
        (row.gzipBytes / floorPage.gzipBytes).toFixed(2),
      ]),
    );
    return { rows, mainToFloor: ratio, table };
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
