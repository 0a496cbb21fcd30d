import { server } from './node.ts';
import { buildFeedPages } from './data/feed-pages.ts';
import type { JsonFeedDocument } from './data/json-feed.ts';
import { generateItems } from './data/generator.ts';
import {
  createFlakyHandlers,
  createSlowHandlers,
  HUGE_FEED,
  hugeFeedPages,
  isScenarioName,
  scenarioNames,
  scenarios,
  slowLatencyMs,
} from './scenarios.ts';

function feedUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

async function status(path: string): Promise<number> {
  return (await fetch(feedUrl(path))).status;
}

describe('scenarios', () => {
  it('has a label, a description and handlers for every name, and nothing else', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...scenarioNames].sort());
    for (const name of scenarioNames) {
      expect(scenarios[name].label, name).not.toBe('');
      expect(scenarios[name].description, name).not.toBe('');
      expect(scenarios[name].handlers.length, name).toBeGreaterThan(0);
    }
    expect(new Set(scenarioNames.map((name) => scenarios[name].label)).size).toBe(
      scenarioNames.length,
    );
  });

  it('recognises scenario names only', () => {
    expect(isScenarioName('flaky')).toBe(true);
    expect(isScenarioName('Flaky')).toBe(false);
    expect(isScenarioName('toString')).toBe(false);
    expect(isScenarioName(undefined)).toBe(false);
  });

  it('normal serves the fixtures at any base path', async () => {
    server.use(...scenarios.normal.handlers);
    const feed = (await (await fetch(feedUrl('/journal/feed-2.json'))).json()) as JsonFeedDocument;
    expect(feed.items).toEqual(buildFeedPages()[1]?.feed.items);
  });

  it('error answers 500 to every feed page', async () => {
    server.use(...scenarios.error.handlers);
    expect(await status('/feed.json')).toBe(500);
    expect(await status('/feed-2.json')).toBe(500);
  });

  it('flaky fails every other request with 503, starting with the first', async () => {
    server.use(...scenarios.flaky.handlers);
    const answers = [];
    for (const path of ['/feed.json', '/feed.json', '/feed-2.json', '/feed-2.json', '/feed.json']) {
      answers.push(await status(path));
    }
    expect(answers).toEqual([503, 200, 503, 200, 503]);
  });

  it('flaky hands out a fresh count with every read of its handlers', async () => {
    server.use(...createFlakyHandlers());
    expect(await status('/feed.json')).toBe(503);
    server.use(...scenarios.flaky.handlers);
    expect(await status('/feed.json')).toBe(503);
    expect(await status('/feed.json')).toBe(200);
  });

  it('empty serves one valid page with no items', async () => {
    server.use(...scenarios.empty.handlers);
    const response = await fetch(feedUrl('/feed.json'));
    const feed = (await response.json()) as JsonFeedDocument;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toEqual([]);
    expect(feed.next_url).toBeUndefined();
    expect(await status('/feed-2.json')).toBe(404);
  });

  it('malformed serves a feed that is not valid JSON', async () => {
    server.use(...scenarios.malformed.handlers);
    const response = await fetch(feedUrl('/feed.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json');
    const text = await response.text();
    expect(text.startsWith('{"version":"https://jsonfeed.org/version/1.1"')).toBe(true);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('offline fails every feed request as a network error', async () => {
    server.use(...scenarios.offline.handlers);
    await expect(fetch(feedUrl('/feed.json'))).rejects.toThrow(TypeError);
    await expect(fetch(feedUrl('/feed-3.json'))).rejects.toThrow(TypeError);
  });

  it('huge serves 10 000 generated articles over 100 pages, built once', async () => {
    expect(hugeFeedPages()).toBe(hugeFeedPages());
    const pages = hugeFeedPages();
    expect(pages).toHaveLength(100);
    expect(pages.flatMap((page) => page.feed.items)).toHaveLength(10_000);

    server.use(...scenarios.huge.handlers);
    const first = (await (await fetch(feedUrl('/feed.json'))).json()) as JsonFeedDocument;
    expect(first.items).toHaveLength(HUGE_FEED.pageSize);
    expect(first.next_url).toBe('feed-2.json');
    const last = (await (await fetch(feedUrl('/feed-100.json'))).json()) as JsonFeedDocument;
    expect(last.next_url).toBeUndefined();
    expect(last.items.at(-1)?.id).toBe(generateItems(HUGE_FEED).at(-1)?.id);
    expect(await status('/feed-101.json')).toBe(404);
  });
});

describe('slow', () => {
  it('draws a latency within 2–5 s by default, whatever the random source says', () => {
    expect(slowLatencyMs({ random: () => 0 })).toBe(2_000);
    expect(slowLatencyMs({ random: () => 0.5 })).toBe(3_500);
    expect(slowLatencyMs({ random: () => 1 })).toBe(5_000);
    expect(slowLatencyMs({ random: () => 7 })).toBe(5_000);
    expect(slowLatencyMs({ random: () => -1 })).toBe(2_000);
    for (let i = 0; i < 200; i += 1) {
      const ms = slowLatencyMs();
      expect(ms).toBeGreaterThanOrEqual(2_000);
      expect(ms).toBeLessThanOrEqual(5_000);
    }
  });

  it('rejects bounds that make no sense', () => {
    expect(() => createSlowHandlers({ minMs: 50, maxMs: 10 })).toThrow(RangeError);
    expect(() => slowLatencyMs({ minMs: -1, maxMs: 10 })).toThrow(RangeError);
  });

  it('answers with the fixtures after the wait', async () => {
    server.use(...createSlowHandlers({ minMs: 150, maxMs: 150 }));
    const started = performance.now();
    const response = await fetch(feedUrl('/feed.json'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const feed = (await response.json()) as JsonFeedDocument;
    expect(feed.items).toEqual(buildFeedPages()[0]?.feed.items);
  });
});
