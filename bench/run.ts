import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { runFeedParseBench } from './feed-parse-bench.ts';
import { firstArticlePath, runFirstLoadBench } from './first-load-bench.ts';
import { runLighthouseBench } from './lighthouse-bench.ts';
import { formatSearchBrowserBench, runSearchBrowserBench } from './search-browser-bench.ts';
import { formatSearchBench, runSearchBench } from './search-bench.ts';

/**
 * `npm run bench`: every benchmark section in turn, each printing its table and adding
 * its figures under its own key in bench/results.json. A new section is one more entry
 * in `sections`.
 *
 * Flags: `--only=name,name` runs some sections; `--quick` skips the largest sizes;
 * `--no-browser` skips the steps that build the app and drive Chromium.
 */

export interface BenchOptions {
  quick: boolean;
  browser: boolean;
  log: (line: string) => void;
}

export interface BenchSection {
  name: string;
  run: (options: BenchOptions) => Promise<{ figures: unknown; table: string }>;
}

/** The production build the browser sections measure, made once per run. */
let built = false;
function buildApp(log: (line: string) => void): string {
  if (!built) {
    log('Building the production app…');
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
      {
        stdio: 'inherit',
      },
    );
    built = true;
  }
  return 'dist';
}

const sections: BenchSection[] = [
  {
    name: 'feed',
    run: async () => {
      const { rows, table } = await runFeedParseBench();
      return { figures: { parse: rows }, table };
    },
  },
  {
    name: 'search',
    run: async ({ quick, browser, log }) => {
      const libraries = await runSearchBench({
        sizes: quick ? [1_000, 10_000] : [1_000, 10_000, 50_000],
        log,
      });
      const longTasks = browser ? await runSearchBrowserBench(log) : undefined;
      const table = [
        formatSearchBench(libraries),
        ...(longTasks ? ['', formatSearchBrowserBench(longTasks)] : []),
      ].join('\n');
      return { figures: { ...libraries, ...(longTasks ? { longTasks } : {}) }, table };
    },
  },
  {
    name: 'firstLoad',
    run: async ({ browser, log }) => {
      if (!browser) return { figures: { skipped: true }, table: '(skipped: --no-browser)' };
      const result = await runFirstLoadBench(buildApp(log));
      return {
        figures: { rows: result.rows, mainToFloor: result.mainToFloor },
        table: `${result.table}\nMain ÷ floor: ${result.mainToFloor.toFixed(3)}`,
      };
    },
  },
  {
    name: 'lighthouse',
    run: async ({ browser, log }) => {
      if (!browser) return { figures: { skipped: true }, table: '(skipped: --no-browser)' };
      const dist = buildApp(log);
      const { previewApp } = await import('./first-load-bench.ts');
      const server = await previewApp(dist, 4483);
      try {
        const article = await firstArticlePath('http://127.0.0.1:4483/');
        log('Lighthouse: 3 runs each of Main and an article…');
        const result = await runLighthouseBench([
          { page: 'Main', url: 'http://127.0.0.1:4483/' },
          { page: 'article', url: `http://127.0.0.1:4483${article}` },
        ]);
        return { figures: { runs: result.runs, rows: result.rows }, table: result.table };
      } finally {
        await server.close();
      }
    },
  },
];

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

async function main(args: readonly string[]) {
  const only = args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const options: BenchOptions = {
    quick: args.includes('--quick'),
    browser: !args.includes('--no-browser'),
    log: (line) => console.error(line),
  };
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    // First run: no results yet.
  }
  for (const section of sections) {
    if (only && !only.includes(section.name)) continue;
    const { figures, table } = await section.run(options);
    console.log(`\n## ${section.name}\n\n${table}\n`);
    results[section.name] = {
      date: new Date().toISOString(),
      node: process.version,
      quick: options.quick,
      ...(figures as object),
    };
    await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  }
}

await main(process.argv.slice(2));
