import { illustrations } from './images.ts';

// The SVG sources, keyed by the relative URL the feed uses ("images/lighthouse.svg").
const svgSources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('/public/images/*.svg', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, source]) => [path.replace('/public/', ''), source]),
);

describe('public/images', () => {
  const entries = Object.entries(svgSources);

  it('holds eight to ten illustrations', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(entries.length).toBeLessThanOrEqual(10);
  });

  it.each(entries)('%s is a small 16:9 SVG with its own background', (_, source) => {
    expect(new TextEncoder().encode(source).length).toBeLessThan(6 * 1024);
    expect(source).toMatch(/^<svg [^>]*viewBox="0 0 1200 675"/);
    // A full-size first shape keeps the picture legible on light and dark pages alike.
    expect(source).toMatch(/<rect width="1200" height="675" fill="[^"]+"\/>/);
    expect(source).not.toMatch(/<script|\son\w+=/i);
  });

  it('describes every illustration the generator can place', () => {
    expect(illustrations).toHaveLength(entries.length);
    for (const { src, alt, caption } of illustrations) {
      expect(svgSources[src], src).toBeDefined();
      expect(alt.length).toBeGreaterThan(20);
      expect(caption.length).toBeGreaterThan(10);
    }
  });
});
