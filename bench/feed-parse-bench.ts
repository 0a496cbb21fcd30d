import { buildFeedPages } from '../mocks/data/feed-pages.ts';
import { generateItems } from '../mocks/data/generator.ts';
import { normalizeFeed } from '../src/features/feed/api/normalize-feed.ts';
import { formatMs, formatTable, percentile, settle } from './stats.ts';

/**
 * Feed parse + validate + normalise: the JSON text of one page holding every item,
 * through JSON.parse and the reader's normaliser. (Body text and resolved HTML are
 * derived on first read, by the pages that show them; they are not part of this figure.)
 */
export interface FeedParseRow {
  items: number;
  megabytes: number;
  p50Ms: number;
  minMs: number;
  runs: number;
}

export const FEED_PARSE_SIZES = [1_000, 10_000, 50_000] as const;

export async function runFeedParseBench(): Promise<{ rows: FeedParseRow[]; table: string }> {
  const rows: FeedParseRow[] = [];
  for (const count of FEED_PARSE_SIZES) {
    const [page] = buildFeedPages(generateItems({ seed: 7, count }), count);
    const text = JSON.stringify(page!.feed);
    const runs = count >= 50_000 ? 5 : 11;
    const samples: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      await settle();
      const started = performance.now();
      const result = normalizeFeed(JSON.parse(text), 'https://journal.example/feed.json');
      const elapsed = performance.now() - started;
      if (result.articles.length !== count) throw new Error(`expected ${count} articles`);
      if (run > 0) samples.push(elapsed); // the first run warms the JIT
    }
    rows.push({
      items: count,
      megabytes: text.length / 1e6,
      p50Ms: percentile(samples, 50),
      minMs: Math.min(...samples),
      runs,
    });
  }
  const table = formatTable(
    ['items', 'JSON MB', 'p50 ms', 'best ms', 'runs'],
    rows.map((row) => [
      row.items.toLocaleString('en-GB'),
      row.megabytes.toFixed(1),
      formatMs(row.p50Ms),
      formatMs(row.minMs),
      String(row.runs),
    ]),
  );
  return { rows, table };
}
