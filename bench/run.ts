import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
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

const sections: BenchSection[] = [
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
