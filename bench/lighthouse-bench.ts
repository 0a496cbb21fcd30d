import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, formatTable } from './stats.ts';

/**
 * Lighthouse 12.2.3, mobile preset (its default), on Main and an article of the
 * production build served by `vite preview`: the median of three runs of each figure.
 */
export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const RUNS = 3;

const run = promisify(execFile);

/**
 * One Lighthouse run in a child process. Asynchronous on purpose: the preview server runs
 * in this process and must keep answering while Lighthouse loads the page.
 */
async function runOnce(url: string): Promise<Omit<LighthouseRow, 'page'>> {
  const dir = mkdtempSync(join(tmpdir(), 'reader-lh-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number }>;
      audits: Record<string, { numericValue: number }>;
    };
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runLighthouseBench(pages: { page: string; url: string }[]) {
  const rows: LighthouseRow[] = [];
  for (const { page, url } of pages) {
    const runs: Omit<LighthouseRow, 'page'>[] = [];
    // One after another: parallel runs would share the CPU and skew each other.
    for (let index = 0; index < RUNS; index += 1) runs.push(await runOnce(url));
    const median = (key: keyof Omit<LighthouseRow, 'page'>) =>
      percentile(
        runs.map((one) => one[key]),
        50,
      );
    rows.push({
      page,
      performance: median('performance'),
      accessibility: median('accessibility'),
      bestPractices: median('bestPractices'),
      seo: median('seo'),
      fcpMs: median('fcpMs'),
      lcpMs: median('lcpMs'),
      tbtMs: median('tbtMs'),
      cls: median('cls'),
    });
  }
  const table = formatTable(
    ['page', 'Perf', 'A11y', 'BP', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
    rows.map((row) => [
      row.page,
      String(row.performance),
      String(row.accessibility),
      String(row.bestPractices),
      String(row.seo),
      String(Math.round(row.fcpMs)),
      String(Math.round(row.lcpMs)),
      String(Math.round(row.tbtMs)),
      row.cls.toFixed(3),
    ]),
  );
  return { rows, table, runs: RUNS };
}
