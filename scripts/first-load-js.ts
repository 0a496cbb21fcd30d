import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Main's first-load JavaScript: what the size budget in `npm test` and the first-load
 * figures of `npm run bench` measure, the same way.
 *
 * `critical` is every script Chromium requested from the start of a cold load (empty
 * cache, no service worker) until the page showed its content and fired `load`: the
 * JavaScript a reader waits for. `all` adds what loads after, once the page is idle (the
 * service worker's registration), until the network is quiet.
 */
export const FIRST_LOAD_BUDGET = {
  /** The reader's own limit for Main's critical JavaScript, gzip bytes. */
  gzipBytes: 133_000,
  /** The goal it works towards: the Guardian's 120 KB budget for critical JavaScript. */
  targetGzipBytes: 120_000,
  /** …and at most this many times the bare floor app (React, router, Query). */
  targetFloorRatio: 1.15,
};

export interface ScriptSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface ColdLoad {
  critical: ScriptSize & { paths: string[] };
  all: ScriptSize & { paths: string[] };
}

/** Raw and gzip -9 bytes of built files, by the URL paths the browser asked for. */
export function scriptSize(dist: string, paths: readonly string[]): ScriptSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const body = readFileSync(join(dist, decodeURIComponent(path)));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: paths.length, rawBytes, gzipBytes };
}

/**
 * Loads `url` in `page` (whose context must block service workers and start empty) and
 * sorts the scripts it fetches by when they were requested: before the element that
 * `contentSelector` matches entered the page (critical), or at any time until the network
 * went quiet after the idle-time work (all).
 */
export async function coldLoadScripts(
  page: Page,
  url: string,
  dist: string,
  contentSelector: string,
): Promise<ColdLoad> {
  await page.addInitScript((selector: string) => {
    const record = window as unknown as { contentAt?: number };
    const observer = new MutationObserver(() => {
      if (record.contentAt === undefined && document.querySelector(selector)) {
        record.contentAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, contentSelector);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(contentSelector).first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  // The idle-time work starts at most a few seconds after load (requestIdleCallback's
  // timeout); give it that long, then let the network go quiet again.
  await page.waitForTimeout(3_500);
  await page.waitForLoadState('networkidle');
  const { contentAt, scripts } = await page.evaluate(() => ({
    contentAt: (window as unknown as { contentAt: number }).contentAt,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime })),
  }));
  const critical = [...new Set(scripts.filter((s) => s.startTime < contentAt).map((s) => s.path))];
  const all = [...new Set(scripts.map((s) => s.path))];
  return {
    critical: { paths: critical, ...scriptSize(dist, critical) },
    all: { paths: all, ...scriptSize(dist, all) },
  };
}

/** Main has shown its content: the lead story's headline. */
export const MAIN_CONTENT = 'main article h2';

/** An article page has shown its content: its headline. */
export const ARTICLE_CONTENT = 'main h1';
