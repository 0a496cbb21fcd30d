#!/usr/bin/env node
// The dev server on a real feed instead of the mocks:
//   npm run dev:live -- https://example.com/feed.json [vite options]
//   VITE_FEED_URL=https://example.com/feed.json npm run dev:live
// The feed is proxied by the dev server (mocks/live-feed-plugin.ts), so its CORS headers
// do not matter, and MSW stays off. See docs/mocks.md.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const feedArg = args[0] && !args[0].startsWith('-') ? args.shift() : undefined;
const feedUrl = (feedArg ?? process.env.LIVE_FEED_URL ?? process.env.VITE_FEED_URL ?? '').trim();

function isHttpUrl(value) {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

if (!isHttpUrl(feedUrl)) {
  console.error(
    feedUrl
      ? `dev:live: “${feedUrl}” is not an http(s) URL.`
      : 'dev:live: which feed? Usage: npm run dev:live -- <feed URL> [vite options]',
  );
  process.exit(2);
}

console.log(`Live feed: ${feedUrl} (mocks off)`);
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const child = spawn(process.execPath, [vite, ...args], {
  stdio: 'inherit',
  env: { ...process.env, LIVE_FEED_URL: feedUrl },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
