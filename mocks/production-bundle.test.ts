import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MOCK_WORKER_FILE } from './drop-mock-worker-plugin.ts';

// The production build, made with the project's own vite.config.ts, holds none of mocks/:
// no MSW, no scenarios, no dev panel, no live-feed proxy, and no MSW worker script.

/** Strings that only MSW's code or the mocks' own code contain. */
const MOCK_MARKERS: readonly RegExp[] = [
  /setupWorker/,
  /setupServer/,
  /\[MSW\]/,
  /MOCKING_ENABLED/,
  /INTEGRITY_CHECK/,
  /['"/]msw['"/]/,
  /Mock scenario/,
  /oj-mock-/,
  /__live-feed/,
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('the production build', () => {
  let outDir: string;
  let files: string[];
  const read = (file: string) => readFile(path.join(outDir, file), 'utf8');

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'oj-prod-build-'));
    // `vite build` as `npm run build` runs it, in a process of its own: Vitest's NODE_ENV
    // ("test") would make a development build, and its jsdom globals upset Workbox.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
    );
    const root = path.resolve(import.meta.dirname, '..');
    await promisify(execFile)(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
      ],
      { cwd: root, env: { ...env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
    );
    files = await filesUnder(outDir);
  }, 120_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('is a real build of the reader', async () => {
    expect(files).toContain('index.html');
    expect(files).toContain('feed.json');
    const scripts = files.filter((file) => file.startsWith('assets/') && file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = (await Promise.all(scripts.map(read))).join('\n');
    expect(code).toContain('The news could not be loaded');
  });

  it('ships no MSW code and no dev panel in any script', async () => {
    const scripts = files.filter((file) => /\.(?:m?js)$/.test(file));
    for (const file of scripts) {
      const code = await read(file);
      for (const marker of MOCK_MARKERS) expect(code, `${file} ${marker}`).not.toMatch(marker);
      // The app's service worker may name the MSW script only to keep its navigation
      // fallback off that path; nothing else may mention it.
      const withoutDenylist = code.replaceAll(String.raw`\/mockServiceWorker\.js`, '');
      expect(withoutDenylist, file).not.toContain('mockServiceWorker');
    }
  });

  it('bundles no module from mocks/ or msw (by the source maps)', async () => {
    const maps = files.filter((file) => file.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const file of maps) {
      const { sources } = JSON.parse(await read(file)) as { sources: string[] };
      const leaked = sources.filter((source) => /(?:^|\/)mocks\/|node_modules\/msw\//.test(source));
      expect(leaked, file).toEqual([]);
    }
  });

  it('leaves the MSW worker script out', async () => {
    expect(files).not.toContain(MOCK_WORKER_FILE);
    const html = await read('index.html');
    expect(html).not.toContain('mockServiceWorker');
    expect(html).not.toContain('mock-scenario');
  });
});
