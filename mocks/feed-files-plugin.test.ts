import { build, type Rolldown } from 'vite';
import { buildFeedPages } from './data/feed-pages.ts';
import { feedFilesPlugin } from './feed-files-plugin.ts';

const entry = '\0feed-files-test-entry';

describe('feedFilesPlugin', () => {
  it('runs in builds only', () => {
    expect(feedFilesPlugin().apply).toBe('build');
  });

  it('writes every feed page into the build output', async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      plugins: [
        feedFilesPlugin(),
        {
          name: 'test-entry',
          resolveId: (id) => (id === 'entry' ? entry : null),
          load: (id) => (id === entry ? 'export const ready = true;' : null),
        },
      ],
      build: { write: false, rollupOptions: { input: 'entry' } },
    });
    const [output] = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const assets = new Map<string, string>();
    for (const file of output?.output ?? []) {
      if (file.type === 'asset') assets.set(file.fileName, String(file.source));
    }

    const pages = buildFeedPages();
    for (const { fileName, feed } of pages) {
      expect(assets.has(fileName), fileName).toBe(true);
      expect(JSON.parse(assets.get(fileName) ?? 'null')).toEqual(feed);
    }
    expect([...assets.keys()].filter((name) => name.startsWith('feed'))).toHaveLength(pages.length);
  });
});
