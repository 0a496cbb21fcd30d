import { generateItems } from '../mocks/data/generator.ts';
import { buildFeedPages } from '../mocks/data/feed-pages.ts';
import { normalizeFeed } from '../src/features/feed/api/normalize-feed.ts';
import { toSearchDocument, type SearchDocument } from '../src/features/search/search-document.ts';
import {
  flexSearchEngine,
  fuseEngine,
  miniSearchEngine,
  type SearchEngine,
} from './search-engines.ts';
import { formatMs, formatTable, hasGc, percentile, settle } from './stats.ts';

/**
 * Index build time and query latency of the search libraries at several corpus sizes,
 * on generated articles that went through the reader's own feed normalisation.
 */

/** What readers type: whole words, prefixes (as typed so far), a typo, Cyrillic, names. */
export const SEARCH_BENCH_QUERIES = [
  'odesa',
  'grain corridor',
  'drones',
  'insurance guarantees',
  'Black Sea cargo',
  'ukrain',
  'parl',
  'reconstr',
  'insurence',
  'одеса',
  'пам’ять',
  "пам'ять",
  'Привоз',
  'Marston',
  'culture',
] as const;

export interface SearchBenchRow {
  engine: string;
  articles: number;
  buildMs: number;
  /** Heap the index holds, in MB (only when Node runs with --expose-gc). */
  heapMb?: number;
  p50Ms: number;
  p95Ms: number;
  /** How many of the queries found at least one article. */
  queriesAnswered: number;
  queries: number;
}

export interface SearchBenchResult {
  queries: readonly string[];
  rows: SearchBenchRow[];
}

export interface SearchBenchOptions {
  sizes?: readonly number[];
  /** Timed rounds over the whole query set (after one warm-up round). */
  rounds?: number;
  /** Engines by name; default all. */
  engines?: readonly string[];
  /** Fuse.js scans every article per query: skip it above this size (default: none). */
  fuseMaxArticles?: number;
  log?: (line: string) => void;
}

const DEFAULT_SIZES = [1_000, 10_000, 50_000] as const;
const PAGE_SIZE = 1_000;
const SEED = 20_261_120;

/** Generated articles, normalised exactly as the reader normalises a fetched feed. */
export function benchDocuments(count: number): SearchDocument[] {
  const pages = buildFeedPages(generateItems({ seed: SEED, count }), PAGE_SIZE);
  return pages
    .flatMap((page) => normalizeFeed(page.feed, `https://bench.invalid/${page.fileName}`).articles)
    .map(toSearchDocument);
}

function allEngines(): SearchEngine[] {
  return [flexSearchEngine(), miniSearchEngine(), fuseEngine()];
}

async function measure(
  engine: SearchEngine,
  documents: readonly SearchDocument[],
  rounds: number,
): Promise<SearchBenchRow> {
  await settle();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  engine.build(documents);
  const buildMs = performance.now() - started;
  await settle();
  const heapMb = hasGc() ? (process.memoryUsage().heapUsed - heapBefore) / 1e6 : undefined;

  let queriesAnswered = 0;
  for (const query of SEARCH_BENCH_QUERIES) if (engine.search(query) > 0) queriesAnswered += 1;
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of SEARCH_BENCH_QUERIES) {
      const start = performance.now();
      engine.search(query);
      samples.push(performance.now() - start);
    }
  }
  return {
    engine: engine.name,
    articles: documents.length,
    buildMs,
    ...(heapMb === undefined ? {} : { heapMb }),
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    queriesAnswered,
    queries: SEARCH_BENCH_QUERIES.length,
  };
}

export async function runSearchBench(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const { sizes = DEFAULT_SIZES, engines, fuseMaxArticles = Infinity, log = () => {} } = options;
  const rows: SearchBenchRow[] = [];
  for (const size of sizes) {
    const documents = benchDocuments(size);
    for (const engine of allEngines()) {
      if (engines && !engines.includes(engine.name)) continue;
      if (engine.name === 'Fuse.js' && size > fuseMaxArticles) continue;
      // Fuse.js scans every article per query: fewer rounds, or it would take an hour.
      const rounds =
        options.rounds ?? (engine.name === 'Fuse.js' ? Math.max(1, Math.round(10_000 / size)) : 20);
      log(`search: ${engine.name} at ${size.toLocaleString('en-GB')} articles…`);
      rows.push(await measure(engine, documents, rounds));
    }
  }
  return { queries: SEARCH_BENCH_QUERIES, rows };
}

export function formatSearchBench(result: SearchBenchResult): string {
  return formatTable(
    ['engine', 'articles', 'build ms', 'heap MB', 'query p50 ms', 'query p95 ms', 'answered'],
    result.rows.map((row) => [
      row.engine,
      row.articles.toLocaleString('en-GB'),
      formatMs(row.buildMs),
      row.heapMb === undefined ? '–' : Math.round(row.heapMb).toString(),
      formatMs(row.p50Ms),
      formatMs(row.p95Ms),
      `${row.queriesAnswered}/${row.queries}`,
    ]),
  );
}
